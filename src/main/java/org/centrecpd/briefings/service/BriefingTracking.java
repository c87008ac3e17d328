package org.centrecpd.briefings.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.mail.MailAfterCommit;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.briefings.BriefingStatus;
import org.centrecpd.briefings.domain.Briefing;
import org.centrecpd.briefings.domain.BriefingRepository;
import org.centrecpd.briefings.domain.RecipientRepository;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a briefing up: the author (an admin) and the partners overseeing the recipients' centres see read
 * and done per centre, group and provider and who has not read it, within their scope, and may remind them.
 * Anyone else gets "not found". Reminders are audited.
 */
@Service
@Transactional(readOnly = true)
public class BriefingTracking {

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final BriefingRepository briefings;
    private final RecipientRepository recipients;
    private final BriefingMails mails;
    private final MailSender mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BriefingTracking(AccessScope scope, CurrentUser currentUser, BriefingRepository briefings, RecipientRepository recipients,
                     BriefingMails mails, MailSender mail, ApplicationEventPublisher events, Clock clock) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.briefings = briefings;
        this.recipients = recipients;
        this.mails = mails;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Briefings that reached the centres I oversee (a partner), newest first, counted within them. */
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public List<Rows.BriefingLine> overseen() {
        return recipients.overseen(scope.centres());
    }

    /** Read and done per centre, group and provider, and who has not read it: within my scope. */
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public Tracking tracking(long id) {
        boolean partner = requireTracker(id);
        return new Tracking(recipients.perCentre(scope.centres(), id, partner), recipients.unread(scope.centres(), id, partner));
    }

    /** E-mails a reminder to everyone in my scope who has not read it. Audited. */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public int remind(long id) {
        boolean partner = requireTracker(id);
        Briefing b = briefings.findById(id).orElseThrow();
        if (b.getStatus() != BriefingStatus.PUBLISHED) {
            throw new RuleViolation("briefings.remind.notPublished");
        }
        var unread = recipients.unread(scope.centres(), id, partner);
        var people = new java.util.LinkedHashMap<Long, Rows.Unread>();
        unread.forEach(u -> people.putIfAbsent(u.personId(), u));
        if (people.isEmpty()) {
            return 0;
        }
        recipients.reminded(id, people.keySet(), LocalDateTime.now(clock));
        MailAfterCommit.send(mail, people.values().stream()
            .map(u -> mails.mail(new Rows.Addressee(u.personId(), u.name(), u.email()), "briefings.mail.reminder.subject",
                "briefings.mail.reminder.text", b)).toList());
        events.publishEvent(new AuditEvent(AuditAction.BRIEFING_REMINDED, b.getReference() + " " + b.getTitle(), people.size() + " reminded"));
        return people.size();
    }

    /** True for a partner (tracking within the centres they oversee), false for an admin; anyone else: not found. */
    private boolean requireTracker(long id) {
        SignedInUser me = currentUser.require();
        boolean partner = me.role() == Role.IMPROVEMENT_PARTNER;
        if (partner && !recipients.reaches(scope.centres(), id, true)) {
            throw new NotFoundException("Briefing " + id);
        }
        if (!partner && !briefings.existsById(id)) {
            throw new NotFoundException("Briefing " + id);
        }
        return partner;
    }
}
