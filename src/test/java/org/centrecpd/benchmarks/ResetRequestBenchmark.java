package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.PersonDetails;
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.security.AccountService;
import org.centrecpd.security.PasswordResets;
import org.centrecpd.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long a "forgotten password" request takes for an address with a sign-in and for one without,
 * alternating, after a warm-up: the two should not differ enough to tell them apart (the e-mail goes
 * later, on another thread). Prints the medians; asserts only that every known address got its link.
 * <p>
 * Run: {@code ./mvnw test -Dtest=ResetRequestBenchmark} (not part of the normal test run).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:centrecpd-reset-bench;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "centrecpd.accounts.resets-per-client=100000"})
class ResetRequestBenchmark {

    private static final int ROUNDS = 60;

    @Autowired
    PasswordResets resets;
    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void knownAndUnknownAddressesTakeAboutAsLong() {
        var admin = accounts.loadUserByUsername(DemoLogins.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        long centre = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 2 * ROUNDS; i++) {
            String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
            long id = people.save(new PersonDetails(null, 0, "Bench " + i, email, JobRole.OUTREACH_WORKER)).id();
            workplaces.moveTo(id, centre, JobRole.OUTREACH_WORKER, LocalDate.now().minusYears(1));
            accounts.grantSignIn(id, email, "Bench " + i, Role.PRACTITIONER, "lantern pebble whisk");
            known.add(email);
        }
        SecurityContextHolder.clearContext();
        long[] knownNanos = new long[ROUNDS];
        long[] unknownNanos = new long[ROUNDS];
        for (int i = 0; i < 2 * ROUNDS; i++) {
            boolean warmUp = i < ROUNDS;
            long t0 = System.nanoTime();
            resets.requestReset(known.get(i), "192.0.2.1");
            long t1 = System.nanoTime();
            resets.requestReset("nobody-" + UUID.randomUUID() + "@staff.example", "192.0.2.1");
            long t2 = System.nanoTime();
            if (!warmUp) {
                knownNanos[i - ROUNDS] = t1 - t0;
                unknownNanos[i - ROUNDS] = t2 - t1;
            }
        }
        java.util.Arrays.sort(knownNanos);
        java.util.Arrays.sort(unknownNanos);
        double knownMs = knownNanos[ROUNDS / 2] / 1e6;
        double unknownMs = unknownNanos[ROUNDS / 2] / 1e6;
        System.out.printf("%nReset request, median of %d after %d warm-up (H2): address with a sign-in %.2f ms, without %.2f ms, ratio %.2f%n%n",
            ROUNDS, ROUNDS, knownMs, unknownMs, knownMs / unknownMs);
        // The links are stored afterwards, on another thread: one per address with a sign-in, none for the others.
        long links = 0;
        for (int wait = 0; wait < 200 && links < 2L * ROUNDS; wait++) {
            links = jdbc.queryForObject("select count(*) from account_link where purpose = 'RESET'", Long.class);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(links).isEqualTo(2L * ROUNDS);
    }
}
