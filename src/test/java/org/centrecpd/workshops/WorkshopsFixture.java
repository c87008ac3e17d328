package org.centrecpd.workshops;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A small organisation of the test's own, written with JDBC: an authority with two centres (Hill and
 * Vale), a partner overseeing the authority, a manager and practitioners at Hill, a manager at Vale.
 * People sign in by setting the security context of the current thread.
 */
final class WorkshopsFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();
    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private final JdbcTemplate jdbc;
    final String name;
    final long authority;
    final long hill;
    final long vale;
    final Login partner;
    final Login hillManager;
    final Login valeManager;

    record Login(long accountId, long personId, String name, String email, Role role) {
        SignedInUser user() {
            return new SignedInUser(accountId, email, "x", role, personId, name, true, true);
        }
    }

    WorkshopsFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.name = "Workshire " + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        this.authority = insert("insert into local_authority (name) values (?)", name);
        long provider = insert("insert into provider (local_authority_id, name) values (?, ?)", authority, "Lead " + name);
        this.hill = insert("insert into centre (local_authority_id, name) values (?, ?)", authority, "Hill " + name);
        this.vale = insert("insert into centre (local_authority_id, name) values (?, ?)", authority, "Vale " + name);
        for (long centre : List.of(hill, vale)) {
            jdbc.update("insert into centre_arrangement (centre_id, provider_id, valid_from) values (?, ?, ?)", centre, provider,
                Date.valueOf(SINCE));
        }
        this.partner = login("Pat Partner", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        jdbc.update("insert into oversight (person_id, local_authority_id, valid_from) values (?, ?, ?)", partner.personId(), authority,
            Date.valueOf(SINCE));
        this.hillManager = login("Mo Hill", Role.CENTRE_MANAGER, hill, JobRole.CENTRE_MANAGER);
        this.valeManager = login("Val Vale", Role.CENTRE_MANAGER, vale, JobRole.CENTRE_MANAGER);
    }

    /** A practitioner at Hill with a login. */
    Login practitioner(String fullName) {
        return login(fullName, Role.PRACTITIONER, hill, JobRole.FAMILY_SUPPORT_WORKER);
    }

    Login login(String fullName, Role role, Long centre, JobRole jobRole) {
        int n = SEQ.incrementAndGet();
        String email = fullName.toLowerCase().replace(' ', '.') + "." + n + "." + System.nanoTime() + "@fixture.example";
        long person = insert("insert into person (full_name, email, job_role) values (?, ?, ?)", fullName, email, jobRole.name());
        if (centre != null) {
            jdbc.update("insert into employment (person_id, centre_id, job_role, start_date) values (?, ?, ?, ?)", person, centre,
                jobRole.name(), Date.valueOf(SINCE));
        }
        long account = insert("insert into user_account (username, password_hash, role, person_id, display_name) values (?, 'x', ?, ?, ?)",
            email, role.name(), person, fullName);
        return new Login(account, person, fullName, email, role);
    }

    long course(String slug) {
        return jdbc.queryForObject("select id from course where slug = ?", Long.class, slug);
    }

    static void signIn(Login login) {
        SignedInUser user = login.user();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    static <T> T as(Login login, Callable<T> action) throws Exception {
        var before = SecurityContextHolder.getContext();
        signIn(login);
        try {
            return action.call();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
