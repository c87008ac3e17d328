package org.centrecpd.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: loading them for sign-in and creating them (first admin, demo data, admin screens). Every
 * public method checks the role, except the sign-in's own {@link #loadUserByUsername}.
 */
@Service
public class AccountService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PeopleDirectory people;
    private final PasswordPolicy policy;
    private final SignInSettings settings;
    private final org.springframework.context.ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PeopleDirectory people,
                   PasswordPolicy policy, SignInSettings settings, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.people = people;
        this.policy = policy;
        this.settings = settings;
    }

    /**
     * The sign-in form's look-up. An account signs in with a password only if it has one (an invited
     * account has none until the invitation is accepted), local passwords are on, and its person has
     * not left; otherwise it is disabled, and the form says only that the sign-in was not recognised.
     * Guessing is slowed before this look-up, by {@link SignInThrottle}; an account is never locked.
     */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
            .map(account -> SignedInUser.of(account,
                settings.localPasswords() && account.getPasswordHash() != null && mayStillSignIn(account)))
            .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    /** Enabled, and not a leaver. */
    boolean mayStillSignIn(UserAccount account) {
        return account.isEnabled() && (account.getPersonId() == null || people.mayStillSignIn(account.getPersonId()));
    }

    /**
     * Is a signed-in session still good? Asked on every request ({@link SessionGuard}): the account
     * still exists and may sign in (not disabled, person not left), and its password has not changed
     * since this session signed in (a reset ends every other session).
     */
    @Transactional(readOnly = true)
    boolean sessionStillValid(SignedInUser user) {
        return accounts.findById(user.accountId())
            .filter(this::mayStillSignIn)
            .filter(account -> java.util.Objects.equals(account.getPasswordHash(), user.passwordHash()))
            // A changed role ends the sessions signed in with the old one: the person signs in again and gets the new one.
            .filter(account -> account.getRole() == user.role())
            .isPresent();
    }

    /** The signed-in user for a single sign-on with this (verified) e-mail: an account that may sign in. */
    @Transactional(readOnly = true)
    java.util.Optional<SignedInUser> forSingleSignOn(String email) {
        return accounts.findByUsername(email).filter(this::mayStillSignIn).map(account -> SignedInUser.of(account, true));
    }

    /** A first single sign-on accepts a pending invitation (there was no password to choose). */
    @Transactional
    void signedInWithSingleSignOn(long accountId) {
        accounts.findById(accountId).filter(a -> a.isAwaitingPassword() && a.getInvitedAt() != null).ifPresent(a -> {
            a.invitedAt(null);
            events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.INVITATION_ACCEPTED, a.getUsername(),
                "first sign-in with the organisation account", a.getUsername()));
        });
    }

    /** Is there an account for this e-mail at all (to tell a leaver from a stranger after a refused single sign-on)? */
    @Transactional(readOnly = true)
    boolean knowsSignIn(String email) {
        return accounts.findByUsername(email).isPresent();
    }

    /** Records that a signed-in session was ended because its person may no longer sign in. */
    @Transactional
    void sessionEnded(SignedInUser user) {
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.ACCESS_REVOKED, user.username(),
            "signed-in session ended: the person has left, the account is disabled, or the password was changed", user.username()));
    }

    /**
     * Creates an account unless one with that user name exists (idempotent, so seeding and the
     * first-admin set-up can run on every start). Package-private: no role check here, so no view may
     * reach it. The first admin ({@link FirstAdmin}) and {@link #grantSignIn} call it from this package,
     * the demo data through {@link DemoAccounts}.
     */
    @Transactional
    boolean createIfAbsent(String username, String rawPassword, Role role, Long personId, String displayName) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        if (accounts.findByUsername(name).isPresent()) {
            return false;
        }
        accounts.save(new UserAccount(name, passwordEncoder.encode(rawPassword), role, personId, displayName));
        return true;
    }

    /**
     * An admin gives a person a sign-in. The password is a first password to hand over; it must be
     * long enough to be worth having.
     */
    @Transactional
    @jakarta.annotation.security.RolesAllowed(Role.ADMIN_NAME)
    public void grantSignIn(long personId, String email, String displayName, Role role, String firstPassword) {
        policy.check(firstPassword, email);
        if (accounts.findByPersonId(personId).isPresent() || !createIfAbsent(email, firstPassword, role, personId, displayName)) {
            throw new org.centrecpd.base.RuleViolation("account.exists", email);
        }
        // A new sign-in is a role given to someone: both are worth a line in the audit log.
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.ACCOUNT_CREATED,
            email.trim().toLowerCase(Locale.ROOT), "role " + role.name()));
    }

    /**
     * An admin changes the role a person signs in with. The audit log says who changed it, whose it was, from what
     * and to what; the person's open sessions end at their next request ({@link #sessionStillValid}). The last admin
     * cannot stop being one: nobody could then give the role back.
     */
    @Transactional
    @jakarta.annotation.security.RolesAllowed(Role.ADMIN_NAME)
    public void changeRole(long personId, Role newRole) {
        UserAccount account = accounts.findByPersonId(personId)
            .orElseThrow(() -> new org.centrecpd.base.NotFoundException("Account of person " + personId));
        Role before = account.getRole();
        if (before == newRole) {
            return;
        }
        if (before == Role.ADMIN && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new org.centrecpd.base.RuleViolation("account.lastAdmin");
        }
        account.changeRole(newRole);
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.ROLE_CHANGED, account.getUsername(),
            "from " + before.name() + " to " + newRole.name()));
    }

    /** The role a person signs in with, if they have a sign-in. */
    @Transactional(readOnly = true)
    @jakarta.annotation.security.RolesAllowed(Role.ADMIN_NAME)
    public java.util.Optional<Role> roleOf(long personId) {
        return accounts.findByPersonId(personId).map(UserAccount::getRole);
    }

    /** When a person's invitation was last sent, while they have not yet set a password. */
    @Transactional(readOnly = true)
    @jakarta.annotation.security.RolesAllowed(Role.ADMIN_NAME)
    public java.util.Optional<java.time.Instant> pendingInvitation(long personId) {
        return accounts.findByPersonId(personId).filter(UserAccount::isAwaitingPassword).map(UserAccount::getInvitedAt);
    }

    /** For the first-admin set-up at start-up; package-private like {@link #createIfAbsent}. */
    @Transactional(readOnly = true)
    boolean anyAdmin() {
        return accounts.existsByRole(Role.ADMIN);
    }
}
