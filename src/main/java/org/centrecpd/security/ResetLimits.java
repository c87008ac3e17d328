package org.centrecpd.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A brake on password-reset requests, like {@link LoginAttempts} for sign-ins: at most a few per
 * e-mail address and a few dozen per client (IP address) within {@link #WINDOW}. Per address, so that
 * nobody can fill a colleague's inbox; per client, so that one machine cannot try address after
 * address. The same counts apply whether or not an address has an account, so the brake reveals
 * nothing either. Kept in memory, like the sign-in brake.
 */
@Component
class ResetLimits {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final int perAddress;
    private final int perClient;
    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();

    ResetLimits(Clock clock, @Value("${centrecpd.accounts.resets-per-address:3}") int perAddress,
                @Value("${centrecpd.accounts.resets-per-client:20}") int perClient) {
        this.clock = clock;
        this.perAddress = perAddress;
        this.perClient = perClient;
    }

    /** Counts a request; false (and not counted) when the address or the client has had its share this hour. */
    boolean tryAcquire(String address, String client) {
        Instant now = clock.instant();
        Deque<Instant> byAddress = requests.computeIfAbsent("address:" + address.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
        Deque<Instant> byClient = requests.computeIfAbsent("client:" + (client == null ? "" : client), k -> new ArrayDeque<>());
        // One lock order for every caller (this class), so two requests never wait on each other in a circle.
        synchronized (this) {
            forgetOld(byAddress, now);
            forgetOld(byClient, now);
            if (byAddress.size() >= perAddress || byClient.size() >= perClient) {
                return false;
            }
            byAddress.addLast(now);
            byClient.addLast(now);
            return true;
        }
    }

    private static void forgetOld(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
