package org.centrecpd.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.EmailAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without handing anyone a way to lock a colleague out (NCSC: allow about ten
 * attempts, then slow down rather than lock). Two counts of wrong passwords, kept in the database
 * ({@link AttemptCounts}) so that every node applies them:
 * <ul>
 * <li>per sign-in name: the first {@code free-failures-per-account} (10) cost nothing; after that each
 * attempt must wait, 1 minute after the tenth, then 2, 4, … up to {@code max-delay} (1 hour). Once the wait
 * is over the right password signs in as always, and it clears the count. Forgotten a day after the last
 * wrong password.</li>
 * <li>per client address, across all names: the same growing waits after {@code free-failures-per-client}
 * (100) wrong passwords within an hour, so one machine cannot try a common password on every account. The
 * address is the one Tomcat gives ({@code request.getRemoteAddr()}): the proxy's X-Forwarded-For only when
 * the request came from a trusted proxy ({@code server.tomcat.remoteip.internal-proxies}), never a header
 * anyone can send.</li>
 * </ul>
 * The same counts apply whether or not an account exists, so the wait reveals nothing. Each wait imposed is
 * a line in the audit log.
 */
@Component
class SignInThrottle {

    static final String ACCOUNT = "sign-in:";
    static final String CLIENT = "sign-in-client:";
    static final Duration ACCOUNT_MEMORY = Duration.ofDays(1);
    static final Duration CLIENT_MEMORY = Duration.ofHours(1);
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    private final AttemptCounts counts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int freePerAccount;
    private final int freePerClient;
    private final Duration maxDelay;

    SignInThrottle(AttemptCounts counts, Clock clock, ApplicationEventPublisher events,
                   @Value("${centrecpd.sign-in.free-failures-per-account:10}") int freePerAccount,
                   @Value("${centrecpd.sign-in.free-failures-per-client:100}") int freePerClient,
                   @Value("${centrecpd.sign-in.max-delay:PT1H}") Duration maxDelay) {
        this.counts = counts;
        this.clock = clock;
        this.events = events;
        this.freePerAccount = freePerAccount;
        this.freePerClient = freePerClient;
        this.maxDelay = maxDelay;
    }

    /** A sign-in name that no e-mail address can be: refused at the door, before anything is counted or stored. */
    static boolean tooLong(String username) {
        return username != null && username.length() > EmailAddress.MAX_LENGTH;
    }

    /** How long this name, from this client, must still wait before its next attempt; zero when it may try now. */
    Duration waitFor(String username, String client) {
        Duration account = remaining(counts.current(ACCOUNT + key(username)), freePerAccount);
        Duration fromClient = clientWait(client);
        return account.compareTo(fromClient) >= 0 ? account : fromClient;
    }

    /** How long this client must still wait, whatever name it tries. */
    Duration clientWait(String client) {
        return client == null ? Duration.ZERO : remaining(counts.current(CLIENT + client), freePerClient);
    }

    /** The wait after {@code hits} failures: none within the free ones, then doubling from a minute, capped. */
    Duration delayAfter(int hits, int free) {
        if (hits < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(hits - free, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private Duration remaining(AttemptCounts.Count count, int free) {
        Duration delay = delayAfter(count.hits(), free);
        if (delay.isZero()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), count.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A wrong password (or an unknown name, or a refused account: they look the same from outside). */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token)) {
            return;
        }
        String client = token.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        failed(token.getName(), client);
    }

    void failed(String username, String client) {
        if (!tooLong(username)) {
            String name = key(username);
            AttemptCounts.Count count = counts.hit(ACCOUNT + name, ACCOUNT_MEMORY, true);
            Duration delay = delayAfter(count.hits(), freePerAccount);
            if (!delay.isZero()) {
                audit(name, count.hits() + " wrong passwords for this sign-in: next attempt after " + delay.toMinutes() + " min");
            }
        }
        if (client != null) {
            AttemptCounts.Count count = counts.hit(CLIENT + client, CLIENT_MEMORY, true);
            Duration delay = delayAfter(count.hits(), freePerClient);
            if (!delay.isZero()) {
                audit("client " + client, count.hits() + " wrong passwords from this address within an hour: next attempt after "
                    + delay.toMinutes() + " min");
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            forget(event.getAuthentication().getName());
        }
    }

    /** A successful sign-in or a new password starts with a clean count for that name. */
    void forget(String username) {
        if (!tooLong(username)) {
            counts.forget(ACCOUNT + key(username));
        }
    }

    private void audit(String subject, String detail) {
        events.publishEvent(new AuditEvent(AuditAction.SIGN_IN_THROTTLED, subject, detail, subject));
    }

    /** Whole minutes, rounded up: "try again in 2 minutes" is never too early. */
    static long minutes(Duration wait) {
        long seconds = wait.toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    Instant now() {
        return clock.instant();
    }
}
