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
    private final LoginAttempts attempts;
    private final org.springframework.context.ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, LoginAttempts attempts,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
            .map(account -> SignedInUser.of(account, !attempts.isBlocked(username)))
            .orElseThrow(() -> new UsernameNotFoundException("No account"));
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
        if (firstPassword == null || firstPassword.length() < FirstAdmin.MIN_PASSWORD_LENGTH) {
            throw new org.centrecpd.base.RuleViolation("account.password.short", FirstAdmin.MIN_PASSWORD_LENGTH);
        }
        if (accounts.findByPersonId(personId).isPresent() || !createIfAbsent(email, firstPassword, role, personId, displayName)) {
            throw new org.centrecpd.base.RuleViolation("account.exists", email);
        }
        // A new sign-in is a role given to someone: both are worth a line in the audit log.
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.ACCOUNT_CREATED,
            email.trim().toLowerCase(Locale.ROOT), "role " + role.name()));
    }

    /** The role a person signs in with, if they have a sign-in. */
    @Transactional(readOnly = true)
    @jakarta.annotation.security.RolesAllowed(Role.ADMIN_NAME)
    public java.util.Optional<Role> roleOf(long personId) {
        return accounts.findByPersonId(personId).map(UserAccount::getRole);
    }

    /** For the first-admin set-up at start-up; package-private like {@link #createIfAbsent}. */
    @Transactional(readOnly = true)
    boolean anyAdmin() {
        return accounts.existsByRole(Role.ADMIN);
    }
}
