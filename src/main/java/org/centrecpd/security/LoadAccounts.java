package org.centrecpd.security;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The load-test data's way to create thousands of sign-ins at once (see {@code demo.LoadData}).
 * <p>
 * Why not {@link DemoAccounts} once per person: each call hashes the password, about a tenth of a
 * second each, and the benchmark size needs some 4 000 accounts. They all share the one published load
 * password, so it is hashed once and the rows are written in one batch. Like {@link DemoAccounts} it
 * exists only with its profile and refuses any caller with an authentication: it runs at start-up only.
 */
@Component
@Profile(LoadAccounts.PROFILE)
public class LoadAccounts {

    public static final String PROFILE = "load";

    /** One sign-in to create: the person it belongs to and the name shown for it. */
    public record NewAccount(String username, Role role, long personId, String displayName) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    public LoadAccounts(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Creates the accounts in one batch, all with the same password; the caller skips names that exist. */
    public void createAll(List<NewAccount> accounts, String rawPassword) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            throw new AccessDeniedException("Load-test accounts are created at start-up only, never on a request");
        }
        String hash = passwords.encode(rawPassword);
        jdbc.batchUpdate("insert into user_account (username, password_hash, role, person_id, display_name) values (?, ?, ?, ?, ?)",
            accounts.stream().map(a -> new Object[]{a.username(), hash, a.role().name(), a.personId(), a.displayName()}).toList());
    }
}
