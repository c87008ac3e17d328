package org.centrecpd.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes and checks one-time links. A token ({@link OneTimeTokens}) is sent only in the e-mail; the
 * database keeps its SHA-256 hash. Each new link of an account retires the older ones, and a
 * link works once and until it expires by the application's clock.
 */
@Component
class AccountLinks {

    private final AccountLinkRepository links;
    private final Clock clock;
    private final Duration invitationValidFor;
    private final Duration resetValidFor;

    AccountLinks(AccountLinkRepository links, Clock clock,
                 @Value("${centrecpd.accounts.invitation-valid-for:P14D}") Duration invitationValidFor,
                 @Value("${centrecpd.accounts.reset-valid-for:PT1H}") Duration resetValidFor) {
        this.links = links;
        this.clock = clock;
        this.invitationValidFor = invitationValidFor;
        this.resetValidFor = resetValidFor;
    }

    /** A new token, not yet stored: the reset request makes one whether or not the address has an account. */
    static String newToken() {
        return OneTimeTokens.newToken();
    }

    static String hash(String token) {
        return OneTimeTokens.hash(token);
    }

    /** Stores {@code token} as the account's one usable link of this purpose; returns when it expires. */
    Instant issue(UserAccount account, AccountLink.Purpose purpose, String token) {
        Instant now = clock.instant();
        links.retireAll(account.getId(), now);
        Instant expires = now.plus(purpose == AccountLink.Purpose.INVITATION ? invitationValidFor : resetValidFor);
        links.save(new AccountLink(account, purpose, hash(token), now, expires));
        return expires;
    }

    /** The link this token belongs to, if it is still usable now. */
    Optional<AccountLink> usable(String token) {
        if (!OneTimeTokens.plausible(token)) {
            return Optional.empty();
        }
        return links.findByTokenHash(hash(token)).filter(l -> l.isUsableAt(clock.instant()));
    }

    /** Uses the link (false if it was used meanwhile) and retires the account's other links. */
    boolean use(AccountLink link) {
        Instant now = clock.instant();
        if (links.use(link.getId(), now) != 1) {
            return false;
        }
        links.retireAll(link.getAccount().getId(), now);
        return true;
    }

    Duration invitationValidFor() {
        return invitationValidFor;
    }
}
