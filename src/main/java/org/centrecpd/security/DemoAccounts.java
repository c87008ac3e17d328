package org.centrecpd.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo data's one way to create accounts.
 * <p>
 * Why not a public method on {@link AccountService}: the admin screens inject that service, so whatever is
 * public there is reachable from the UI, and creating an account without a role check must not be. Seeding
 * lives in another module ({@code demo}), so it needs something public; this is as narrow as that can be.
 * It exists only with the demo profile (a real installation has no such bean at all), and it refuses any
 * caller with an authentication, signed in or anonymous: seeding runs at start-up, outside any request,
 * so only a view or a request could ever bring one.
 */
@Component
@Profile("demo")
public class DemoAccounts {

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Creates a demo account unless one with that user name exists; see {@link AccountService#createIfAbsent}. */
    public boolean createIfAbsent(String username, String rawPassword, Role role, Long personId, String displayName) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            throw new AccessDeniedException("Demo accounts are created at start-up only, never on a request");
        }
        return accounts.createIfAbsent(username, rawPassword, role, personId, displayName);
    }
}
