package org.centrecpd.security;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A brake on password-reset requests: at most a few per e-mail address and a few dozen per client (IP
 * address) within {@link #WINDOW}. Per address, so that nobody can fill a colleague's inbox; per client, so
 * that one machine cannot try address after address. The same counts apply whether or not an address has an
 * account, so the brake reveals nothing either. Kept in the database with {@link SignInThrottle}'s counts
 * ({@link AttemptCounts}): shared by every node, and forgotten an hour after the first request.
 */
@Component
class ResetLimits {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final String ADDRESS = "reset:";
    private static final String CLIENT = "reset-client:";

    private final AttemptCounts counts;
    private final int perAddress;
    private final int perClient;

    ResetLimits(AttemptCounts counts, @Value("${centrecpd.accounts.resets-per-address:3}") int perAddress,
                @Value("${centrecpd.accounts.resets-per-client:20}") int perClient) {
        this.counts = counts;
        this.perAddress = perAddress;
        this.perClient = perClient;
    }

    /**
     * Counts a request; false (and not counted) when the address or the client has had its share this hour.
     * The address must already be a valid one (at most 254 characters): the caller checks it first.
     */
    boolean tryAcquire(String address, String client) {
        String byAddress = ADDRESS + address.toLowerCase(Locale.ROOT);
        String byClient = CLIENT + (client == null ? "" : client);
        if (counts.current(byAddress).hits() >= perAddress || counts.current(byClient).hits() >= perClient) {
            return false;
        }
        counts.hit(byAddress, WINDOW, false);
        counts.hit(byClient, WINDOW, false);
        return true;
    }
}
