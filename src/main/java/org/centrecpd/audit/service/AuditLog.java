package org.centrecpd.audit.service;

import org.centrecpd.audit.domain.AuditRow;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.audit.domain.AuditEntry;
import org.centrecpd.audit.domain.AuditEntryRepository;
import org.centrecpd.base.SearchText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: records every {@link AuditEvent} any module publishes, and Spring Security's
 * sign-in successes and failures and sign-outs; admins read it and export it.
 * <p>
 * Recording is synchronous and joins the publisher's transaction, so a change and its audit line
 * commit or roll back together (no "moved" line for a move that failed). A publisher in a read-only
 * transaction (an export) gets its line written in a transaction of its own: the export happened.
 */
@Service
public class AuditLog {

    /** The role is named here, not taken from the security module: everyone depends on this module, it on none. */
    private static final String ADMIN = "ADMIN";
    /** An export of the log is a file an admin opens in a spreadsheet; beyond this, narrow the filter. */
    public static final int MAX_EXPORT_ROWS = 100_000;
    /** Who acts when no one is signed in and the event names no one (start-up tasks, schedules). */
    static final String SYSTEM = "system";

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditEntryRepository entries, Clock clock, ApplicationEventPublisher events, PlatformTransactionManager txManager) {
        this.entries = entries;
        this.clock = clock;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(txManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void record(AuditEvent event) {
        write(actor(event.actor()), event.action(), event.subject(), event.detail());
    }

    /** A sign-in; the security context is not set yet when this event comes, so the name is the event's. */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String who = normalised(event.getAuthentication().getName());
        write(who, AuditAction.SIGN_IN, who, null);
    }

    /**
     * A sign-out: Spring Security publishes this from its logout handlers, both for the sign-out
     * button (Vaadin runs the configured handlers) and for a POST to /logout. A session that merely
     * expires is not a sign-out and publishes nothing.
     */
    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String who = normalised(event.getAuthentication().getName());
        write(who, AuditAction.SIGN_OUT, who, null);
    }

    /** A refused sign-in: the e-mail address tried, and why in a word; never the password. */
    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        String tried = normalised(event.getAuthentication().getName());
        String why = switch (event) {
            case AuthenticationFailureBadCredentialsEvent e -> "wrong e-mail or password";
            case AuthenticationFailureLockedEvent e -> "locked after too many attempts";
            case AuthenticationFailureDisabledEvent e -> "account disabled";
            default -> event.getException().getClass().getSimpleName();
        };
        write(tried.isEmpty() ? "(blank)" : tried, AuditAction.SIGN_IN_FAILED, tried, why);
    }

    private void write(String actor, AuditAction action, String subject, String detail) {
        AuditEntry entry = new AuditEntry(clock.instant(), actor, action, subject, detail);
        if (TransactionSynchronizationManager.isActualTransactionActive()
            && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entries.save(entry);
        } else {
            ownTransaction.executeWithoutResult(s -> entries.save(entry));
        }
    }

    /** The signed-in user; else whom the event names; else the system. */
    private static String actor(String named) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        return named == null || named.isBlank() ? SYSTEM : named;
    }

    private static String normalised(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    @RolesAllowed(ADMIN)
    public List<AuditRow> find(AuditFilter filter, Pageable page) {
        Query q = query(filter);
        return entries.find(q.person, q.actions, q.from, q.to, page);
    }

    @RolesAllowed(ADMIN)
    public long count(AuditFilter filter) {
        Query q = query(filter);
        return entries.count(q.person, q.actions, q.from, q.to);
    }

    /**
     * Every entry the filter finds (up to {@link #MAX_EXPORT_ROWS}), for an export; the export is
     * itself audited, since the log names people.
     */
    @RolesAllowed(ADMIN)
    public List<AuditRow> export(AuditFilter filter, String format) {
        Query q = query(filter);
        List<AuditRow> rows = entries.find(q.person, q.actions, q.from, q.to, PageRequest.ofSize(MAX_EXPORT_ROWS));
        events.publishEvent(new AuditEvent(AuditAction.PERSONAL_DATA_EXPORTED, "Audit log",
            format + ", " + rows.size() + " rows" + describe(filter)));
        return rows;
    }

    private static String describe(AuditFilter f) {
        StringBuilder s = new StringBuilder();
        if (f.person() != null && !f.person().isBlank()) {
            s.append(", person ").append(f.person().strip());
        }
        if (f.action() != null) {
            s.append(", action ").append(f.action());
        }
        if (f.from() != null) {
            s.append(", from ").append(f.from());
        }
        if (f.to() != null) {
            s.append(", to ").append(f.to());
        }
        return s.toString();
    }

    private record Query(String person, Set<AuditAction> actions, Instant from, Instant to) {
    }

    private Query query(AuditFilter f) {
        Set<AuditAction> actions = f.action() == null ? EnumSet.allOf(AuditAction.class) : EnumSet.of(f.action());
        // Days are UK days; "to" is the last day wanted, so the range ends at the start of the next.
        Instant from = f.from() == null ? Instant.EPOCH : startOf(f.from());
        Instant to = f.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : startOf(f.to().plusDays(1));
        return new Query(SearchText.containing(f.person()), actions, from, to);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
