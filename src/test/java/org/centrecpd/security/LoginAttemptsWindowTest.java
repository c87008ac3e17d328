package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** The pause ends on its own once the failures are older than the window, and success resets it. */
class LoginAttemptsWindowTest {

    /** A clock the test moves by hand. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-24T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static AuthenticationFailureBadCredentialsEvent wrong(String user) {
        return new AuthenticationFailureBadCredentialsEvent(
            new UsernamePasswordAuthenticationToken(user, "x"), new BadCredentialsException("bad"));
    }

    @Test
    void thePauseLiftsAfterTheWindow() {
        Hands clock = new Hands();
        LoginAttempts attempts = new LoginAttempts(clock);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed(wrong("amara@example.org"));
        }
        assertThat(attempts.isBlocked("amara@example.org")).isFalse();
        attempts.failed(wrong("Amara@Example.org "));
        assertThat(attempts.isBlocked("amara@example.org")).isTrue();

        clock.now = clock.now.plus(LoginAttempts.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(attempts.isBlocked("amara@example.org")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        LoginAttempts attempts = new LoginAttempts(new Hands());
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed(wrong("ben@example.org"));
        }
        attempts.succeeded(new AuthenticationSuccessEvent(new UsernamePasswordAuthenticationToken("ben@example.org", "x")));
        attempts.failed(wrong("ben@example.org"));
        assertThat(attempts.isBlocked("ben@example.org")).isFalse();
    }
}
