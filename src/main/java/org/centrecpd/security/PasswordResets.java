package org.centrecpd.security;

import org.centrecpd.base.EmailAddress;
import org.centrecpd.base.AfterCommit;
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
 * the work done on the request. Looking the address up, storing the link and sending the e-mail all
 * happen afterwards on another thread, so the answer takes as long either way (measured:
 * {@code ResetRequestBenchmark}; with the look-up on the request, an address with a sign-in took
 * about 2 ms against 0.5 ms without).
 */
@Service
public class PasswordResets {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PasswordResets.class);

    private final UserAccountRepository accounts;
    private final AccountLinks links;
    private final LinkMails mails;
    private final ResetLimits limits;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountService accountService;
    private final SignInThrottle attempts;
    private final SignInSettings settings;
    private final ApplicationEventPublisher events;
    private final org.springframework.core.task.TaskExecutor executor;
    private final org.springframework.transaction.support.TransactionTemplate background;

    PasswordResets(UserAccountRepository accounts, AccountLinks links, LinkMails mails, ResetLimits limits, PasswordPolicy policy,
                   PasswordEncoder encoder, AccountService accountService, SignInThrottle attempts, SignInSettings settings,
                   ApplicationEventPublisher events,
                   @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") org.springframework.core.task.TaskExecutor executor,
                   org.springframework.transaction.PlatformTransactionManager transactions) {
        this.executor = executor;
        this.background = new org.springframework.transaction.support.TransactionTemplate(transactions);
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
        String address = email == null ? "" : EmailAddress.normalised(email);
        if (!EmailAddress.isValid(address)) {
            throw new RuleViolation("reset.email.invalid");
        }
        if (!limits.tryAcquire(address, client)) {
            throw new RuleViolation("reset.tooMany");
        }
        events.publishEvent(new AuditEvent(AuditAction.PASSWORD_RESET_REQUESTED, address,
            "a reset link goes to this address if it is the sign-in of an account that may sign in", address));
        AfterCommit.submit(executor, () -> sendIfKnown(address));
    }

    /** On a background thread: stores a reset link for the address and mails it, if the address may sign in. */
    private void sendIfKnown(String address) {
        try {
            background.executeWithoutResult(status -> accounts.findByUsername(address).filter(accountService::mayStillSignIn)
                .ifPresent(a -> {
                    String token = AccountLinks.newToken();
                    mails.reset(a, token, links.issue(a, AccountLink.Purpose.RESET, token));
                }));
        } catch (RuntimeException e) {
            log.warn("Could not prepare a password reset link: {}", e.toString());
        }
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
