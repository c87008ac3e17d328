package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Guessing is slowed, never turned into a lock-out: after ten wrong passwords each attempt waits a little
 * longer, the right password works once the wait is over, one address cannot spray every account, and what
 * strangers send cannot fill the server's memory. Each test signs in from an address of its own, so the
 * per-address counts of one test never touch another's.
 */
@CentreTest
class SignInThrottleTest {

    private static final String PASSWORD = "the right password";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    AttemptCounts counts;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static MockHttpServletRequestBuilder signIn(String user, String password, String from) {
        return post("/login").param("username", user).param("password", password).with(csrf())
            .with(request -> {
                request.setRemoteAddr(from);
                return request;
            });
    }

    @Test
    void afterTenWrongPasswordsEachAttemptWaitsAndTheRightPasswordWorksOnceTheWaitIsOver() throws Exception {
        String user = AccountsFixture.unique("guessed");
        accounts.createIfAbsent(user, PASSWORD, Role.PRACTITIONER, null, "Guessed Person");
        Instant start = Instant.parse("2026-11-24T09:00:00Z");
        clock.setInstant(start);
        for (int i = 0; i < 10; i++) {
            mvc.perform(signIn(user, "guess " + i, "198.51.100.10")).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        // The tenth wrong password starts a wait of a minute: even the right password waits (unchecked) …
        mvc.perform(signIn(user, PASSWORD, "198.51.100.10")).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error&wait=1"));
        mvc.perform(signIn(user.toUpperCase(), PASSWORD, "198.51.100.11")).andExpect(redirectedUrl("/login?error&wait=1"));
        // … and others are not slowed at all.
        mvc.perform(signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD, "198.51.100.10")).andExpect(authenticated());

        // Once the minute is over, a wrong password doubles the wait …
        clock.setInstant(start.plusSeconds(61));
        mvc.perform(signIn(user, "guess 11", "198.51.100.10")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(user, PASSWORD, "198.51.100.10")).andExpect(redirectedUrl("/login?error&wait=2"));
        // … and the right password after it signs in: never a lock-out.
        clock.setInstant(start.plusSeconds(61 + 121));
        mvc.perform(signIn(user, PASSWORD, "198.51.100.10")).andExpect(authenticated());
        assertThat(counts.current(SignInThrottle.ACCOUNT + user).hits()).as("a sign-in clears the count").isZero();
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'SIGN_IN_THROTTLED' and subject = ?", String.class, user))
            .containsExactly("10 wrong passwords for this sign-in: next attempt after 1 min",
                "11 wrong passwords for this sign-in: next attempt after 2 min");
    }

    @Test
    void aNameWithoutAnAccountWaitsJustTheSame() throws Exception {
        String nobody = AccountsFixture.unique("nobody");
        clock.setInstant(Instant.parse("2026-11-24T10:00:00Z"));
        for (int i = 0; i < 10; i++) {
            throttle.failed(nobody, null);
        }
        mvc.perform(signIn(nobody, PASSWORD, "198.51.100.20")).andExpect(redirectedUrl("/login?error&wait=1"));
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedAcrossAllOfThem() throws Exception {
        clock.setInstant(Instant.parse("2026-11-24T11:00:00Z"));
        for (int i = 0; i < 100; i++) {
            throttle.failed(AccountsFixture.unique("sprayed" + i), "198.51.100.30");
        }
        mvc.perform(signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD, "198.51.100.30")).andExpect(redirectedUrl("/login?error&wait=1"));
        mvc.perform(signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD, "198.51.100.31")).andExpect(authenticated());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_THROTTLED' and subject = ?",
            Long.class, "client 198.51.100.30")).isOne();
    }

    @Test
    void countsExpireAndArePurged() {
        Instant start = Instant.parse("2026-11-24T12:00:00Z");
        clock.setInstant(start);
        String name = AccountsFixture.unique("forgotten");
        for (int i = 0; i < 12; i++) {
            throttle.failed(name, "198.51.100.40");
        }
        assertThat(throttle.waitFor(name, null)).isEqualTo(Duration.ofMinutes(4));
        clock.setInstant(start.plus(SignInThrottle.ACCOUNT_MEMORY).plusSeconds(1));
        assertThat(throttle.waitFor(name, "198.51.100.40")).isZero();
        assertThat(counts.current(SignInThrottle.ACCOUNT + name).hits()).isZero();
        counts.purgeExpired();
        assertThat(jdbc.queryForObject("select count(*) from attempt_count where counter_key in (?, ?)", Long.class,
            SignInThrottle.ACCOUNT + name, SignInThrottle.CLIENT + "198.51.100.40")).isZero();
    }

    /**
     * 2 500 distinct junk names of 8 000 characters each (20 MB sent): refused at the door, so the heap after
     * a full GC stays where it was. An in-memory map of every name tried grew by about a megabyte per 1 MB name.
     * (Fewer, longer names than before send as much for a quarter of the sign-in requests, each of which costs
     * the whole filter chain.)
     */
    @Test
    void junkNamesLeaveNoTraceInMemory() throws Exception {
        String padding = "x".repeat(8_000);
        for (int i = 0; i < 200; i++) {
            mvc.perform(signIn("warm-up " + i + padding, "x", "198.51.100.50"));
        }
        long before = heapAfterGc();
        for (int i = 0; i < 2_500; i++) {
            mvc.perform(signIn(i + padding, "x", "198.51.100.51")).andExpect(unauthenticated());
        }
        long after = heapAfterGc();
        System.out.printf("Heap after GC: before %.1f MB, after 2 500 junk names %.1f MB (%+.1f MB)%n",
            before / 1e6, after / 1e6, (after - before) / 1e6);
        assertThat(after - before).as("heap growth in bytes").isLessThan(4_000_000);
        assertThat(jdbc.queryForObject("select count(*) from attempt_count where length(counter_key) > 300", Long.class)).isZero();
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
