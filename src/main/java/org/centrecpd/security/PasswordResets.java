package org.centrecpd.security;

import java.util.Locale;
import java.util.Optional;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pages reached without signing in: "forgotten password" and "set your password" (from an
 * invitation or a reset e-mail). Nobody is signed in, so these methods check no role; what protects
 * them is the one-time link (random, stored hashed, single-use, expiring) and the rate limit.
 * <p>
 * A reset request never tells whether an address has an account: the answer is the same, and so is
 * the work done on the request (a token is made either way; the e-mail goes later, on another thread).
 */
@Service
public class PasswordResets {

    private final UserAccountRepository accounts;
    private final AccountLinks links;
    private final LinkMails mails;
    private final ResetLimits limits;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountService accountService;
    private final LoginAttempts attempts;
    private final SignInSettings settings;
    private final ApplicationEventPublisher events;

    PasswordResets(UserAccountRepository accounts, AccountLinks links, LinkMails mails, ResetLimits limits, PasswordPolicy policy,
                   PasswordEncoder encoder, AccountService accountService, LoginAttempts attempts, SignInSettings settings,
                   ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.links = links;
        this.mails = mails;
        this.limits = limits;
        this.policy = policy;
        this.encoder = encoder;
        this.accountService = accountService;
        this.attempts = attempts;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Sends a reset link to {@code email} if it is the sign-in of an account that may sign in; says
     * nothing either way. Refused (for known and unknown addresses alike) when this address or this
     * client asked too often in the last hour.
     */
    @Transactional
    public void requestReset(String email, String client) {
        if (!settings.localPasswords()) {
            throw new RuleViolation("reset.off");
        }
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > 254 || !address.contains("@")) {
            throw new RuleViolation("reset.email.invalid");
        }
        if (!limits.tryAcquire(address, client)) {
            throw new RuleViolation("reset.tooMany");
        }
        String token = AccountLinks.newToken();
        Optional<UserAccount> account = accounts.findByUsername(address).filter(accountService::mayStillSignIn);
        account.ifPresent(a -> mails.reset(a, token, links.issue(a, AccountLink.Purpose.RESET, token)));
        events.publishEvent(new AuditEvent(AuditAction.PASSWORD_RESET_REQUESTED, address,
            account.isPresent() ? "reset link sent" : "no account may sign in with this address: nothing sent", address));
    }

    /** What a link is for, while it can still be used. */
    @Transactional(readOnly = true)
    public Optional<LinkDetails> check(String token) {
        return links.usable(token).filter(l -> settings.localPasswords())
            .map(l -> new LinkDetails(l.getPurpose() == AccountLink.Purpose.INVITATION, l.getAccount().getUsername(),
                l.getAccount().getDisplayName()));
    }

    /**
     * Sets the password through a link, and uses the link up. A password that breaks the rules is
     * refused with the link still usable (the person tries another); a used or expired link is refused
     * with {@code link.invalid}.
     */
    @Transactional
    public void setPassword(String token, String password, String repeated) {
        AccountLink link = links.usable(token).filter(l -> settings.localPasswords())
            .orElseThrow(() -> new RuleViolation("link.invalid"));
        UserAccount account = link.getAccount();
        policy.check(password, account.getUsername());
        if (!password.equals(repeated)) {
            throw new RuleViolation("password.mismatch");
        }
        if (!links.use(link)) {
            throw new RuleViolation("link.invalid");
        }
        boolean invitation = link.getPurpose() == AccountLink.Purpose.INVITATION;
        account.changePassword(encoder.encode(password));
        attempts.forget(account.getUsername());
        events.publishEvent(invitation
            ? new AuditEvent(AuditAction.INVITATION_ACCEPTED, account.getUsername(), "password set from the invitation", account.getUsername())
            : new AuditEvent(AuditAction.PASSWORD_CHANGED, account.getUsername(), "password reset through an e-mailed link", account.getUsername()));
    }

    /** A usable link: an invitation (else a reset) for this sign-in. */
    public record LinkDetails(boolean invitation, String email, String displayName) {
    }
}
