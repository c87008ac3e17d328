package org.centrecpd.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one e-mail address
 * within {@link #WINDOW}, that sign-in is refused until the oldest failure is older than the window,
 * even with the right password. A successful sign-in clears the count. Kept in memory: a restart
 * forgets it, which is acceptable for a brake (not an audit trail) on one server.
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Deque<Instant> recent = failures.computeIfAbsent(key(event.getAuthentication().getName()), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    /** A new password starts with a clean count. */
    void forget(String username) {
        failures.remove(key(username));
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
