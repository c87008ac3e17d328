package org.centrecpd.briefings.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.base.mail.MailAfterCommit;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.briefings.AudienceKind;
import org.centrecpd.briefings.BriefingStatus;
import org.centrecpd.briefings.domain.AudienceLine;
import org.centrecpd.briefings.domain.AudienceLineRepository;
import org.centrecpd.briefings.domain.Briefing;
import org.centrecpd.briefings.domain.BriefingRepository;
import org.centrecpd.briefings.domain.BriefingRevision;
import org.centrecpd.briefings.domain.BriefingRevisionRepository;
import org.centrecpd.briefings.domain.RecipientRepository;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and sending briefings. An admin writes one (the authority's officer: the README says why this is the
 * admin role), names its audience, previews how many people it reaches, and publishes it now or on a later date;
 * the recipients are resolved as at the publication date and kept, and each gets one e-mail at publication and
 * one at each revision. Publication, revision and withdrawal are audited. Reading is {@link BriefingReading}'s,
 * following up {@link BriefingTracking}'s.
 */
@Service
@Transactional(readOnly = true)
public class BriefingService {

    private final CurrentUser currentUser;
    private final BriefingRepository briefings;
    private final AudienceLineRepository audience;
    private final RecipientRepository recipients;
    private final BriefingRevisionRepository revisions;
    private final BriefingMails mails;
    private final MailSender mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BriefingService(CurrentUser currentUser, BriefingRepository briefings, AudienceLineRepository audience,
                    RecipientRepository recipients, BriefingRevisionRepository revisions, BriefingMails mails, MailSender mail,
                    ApplicationEventPublisher events, Clock clock) {
        this.currentUser = currentUser;
        this.briefings = briefings;
        this.audience = audience;
        this.recipients = recipients;
        this.revisions = revisions;
        this.mails = mails;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    // --- authors ---------------------------------------------------------------------------------

    /** Every briefing, newest first, with how many it reached and read it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Rows.BriefingLine> all() {
        return briefings.all();
    }

    /** The places an audience may name. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Places places() {
        return new Places(briefings.authorities(), briefings.providers(), briefings.groups(), briefings.centres());
    }

    /** Authorities, providers, groups and centres to choose from. */
    public record Places(List<Rows.Choice> authorities, List<Rows.Choice> providers, List<Rows.Choice> groups, List<Rows.Choice> centres) {
    }

    /** A briefing's form, to edit (a draft or scheduled one) or to revise (a published one). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Editing editing(long id) {
        Briefing b = briefings.findById(id).orElseThrow(() -> new NotFoundException("Briefing " + id));
        List<AudienceLine> lines = briefings.audience(id);
        return new Editing(id, b.getVersion(), b.getStatus(), new BriefingForm(b.getLocalAuthorityId(), b.getReference(), b.getTitle(),
            b.getPublicationDate(), b.getContactName(), b.getContactEmail(), b.getKind(), b.getActionDue(), b.getBody(),
            ids(lines, AudienceKind.AUTHORITY), ids(lines, AudienceKind.PROVIDER), ids(lines, AudienceKind.GROUP), ids(lines, AudienceKind.CENTRE),
            lines.stream().filter(l -> l.getKind() == AudienceKind.ROLE).map(AudienceLine::getJobRole).collect(java.util.stream.Collectors.toSet())));
    }

    /** A briefing being edited: its id, version (for stale saves), state and form. */
    public record Editing(long id, long version, BriefingStatus status, BriefingForm form) {
    }

    private static java.util.Set<Long> ids(List<AudienceLine> lines, AudienceKind kind) {
        return lines.stream().filter(l -> l.getKind() == kind).map(AudienceLine::getTargetId).collect(java.util.stream.Collectors.toSet());
    }

    /** Saves a draft (new: {@code id} null) with its audience; refused once published. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public long save(Long id, Long version, BriefingForm form) {
        org.centrecpd.base.TextLimit.atMost(form.reference(), 20);
        org.centrecpd.base.TextLimit.atMost(form.title(), 300);
        org.centrecpd.base.TextLimit.atMost(form.contactName(), 200);
        org.centrecpd.base.TextLimit.atMost(form.contactEmail(), 254);
        org.centrecpd.base.TextLimit.atMost(form.body(), 100_000);
        SignedInUser me = currentUser.require();
        Briefing b = id == null ? new Briefing(form.authorityId(), me.accountId(), me.displayName(), LocalDateTime.now(clock))
            : briefings.findById(id).orElseThrow(() -> new NotFoundException("Briefing " + id));
        if (version != null && b.getVersion() != version) {
            throw new StaleEditException("Briefing " + id, null);
        }
        b.draft(form.reference(), form.title(), form.publicationDate(), form.contactName(), form.contactEmail(), form.kind(),
            form.actionDue(), form.body());
        if (briefings.existsByLocalAuthorityIdAndReferenceAndIdNot(b.getLocalAuthorityId(), b.getReference(), id == null ? -1 : id)) {
            throw new RuleViolation("briefings.reference.taken", b.getReference());
        }
        b = briefings.saveAndFlush(b);
        long saved = b.getId();
        audience.clear(saved);
        List<AudienceLine> lines = new ArrayList<>();
        form.authorities().forEach(t -> lines.add(AudienceLine.place(saved, AudienceKind.AUTHORITY, t)));
        form.providers().forEach(t -> lines.add(AudienceLine.place(saved, AudienceKind.PROVIDER, t)));
        form.groups().forEach(t -> lines.add(AudienceLine.place(saved, AudienceKind.GROUP, t)));
        form.centres().forEach(t -> lines.add(AudienceLine.place(saved, AudienceKind.CENTRE, t)));
        form.roles().forEach(r -> lines.add(AudienceLine.role(saved, r)));
        audience.saveAll(lines);
        audience.flush();
        return saved;
    }

    /** How many people the saved audience reaches as at the publication date (one statement). */
    @RolesAllowed(Role.ADMIN_NAME)
    public long preview(long id) {
        Briefing b = briefings.findById(id).orElseThrow(() -> new NotFoundException("Briefing " + id));
        return recipients.preview(id, b.getPublicationDate());
    }

    /**
     * Publishes the briefing: at once if its date has come (its recipients resolved as at that date, stored,
     * and each e-mailed), else scheduled for that date. Audited.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public BriefingStatus publish(long id) {
        return publish(id, true);
    }

    /**
     * As {@link #publish(long)}; {@code mail} false sends no e-mail now (the demo's briefings are history seeded
     * at start-up: nobody is written to about them).
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public BriefingStatus publish(long id, boolean mail) {
        Briefing b = briefings.findById(id).orElseThrow(() -> new NotFoundException("Briefing " + id));
        if (recipients.preview(id, b.getPublicationDate()) == 0) {
            throw new RuleViolation("briefings.publish.nobody");
        }
        if (b.publish(LocalDate.now(clock), LocalDateTime.now(clock))) {
            deliver(b, mail);
        }
        events.publishEvent(new AuditEvent(AuditAction.BRIEFING_PUBLISHED, b.getReference() + " " + b.getTitle(),
            b.getStatus() == BriefingStatus.SCHEDULED ? "scheduled for " + b.getPublicationDate() : "published"));
        return b.getStatus();
    }

    /** Publishes the scheduled briefings whose date has come; every morning, on one node. */
    @Transactional
    @Scheduled(cron = "${centrecpd.briefings.publish-cron:0 30 6 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "briefings-publish", lockAtLeastFor = "PT1M")
    public void publishScheduled() {
        LocalDate today = LocalDate.now(clock);
        for (Briefing b : briefings.dueToPublish(BriefingStatus.SCHEDULED, today)) {
            if (b.publish(today, LocalDateTime.now(clock))) {
                deliver(b, true);
                events.publishEvent(new AuditEvent(AuditAction.BRIEFING_PUBLISHED, b.getReference() + " " + b.getTitle(),
                    "published on its date", "scheduler"));
            }
        }
    }

    private void deliver(Briefing b, boolean send) {
        recipients.resolve(b.getId(), b.getPublicationDate());
        if (!send) {
            return;
        }
        MailAfterCommit.send(mail, recipients.addressees(b.getId()).stream()
            .map(to -> mails.mail(to, "briefings.mail.subject", "briefings.mail.text", b)).toList());
    }

    /** A published briefing's new wording: a new revision (the old kept), and each recipient is told. Audited. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void revise(long id, long version, String title, String body, LocalDate actionDue) {
        Briefing b = briefings.findById(id).orElseThrow(() -> new NotFoundException("Briefing " + id));
        if (b.getVersion() != version) {
            throw new StaleEditException("Briefing " + id, null);
        }
        BriefingRevision earlier = new BriefingRevision(id, b.getRevision(), b.getTitle(), b.getBody(), LocalDateTime.now(clock));
        b.revise(title, body, actionDue, LocalDateTime.now(clock));
        revisions.save(earlier);
        MailAfterCommit.send(mail, recipients.addressees(id).stream()
            .map(to -> mails.mail(to, "briefings.mail.revised.subject", "briefings.mail.revised.text", b)).toList());
        events.publishEvent(new AuditEvent(AuditAction.BRIEFING_REVISED, b.getReference() + " " + b.getTitle(), "revision " + b.getRevision()));
    }

    /** Withdraws a published or scheduled briefing; recipients still see it, marked withdrawn. Audited. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void withdraw(long id) {
        Briefing b = briefings.findById(id).orElseThrow(() -> new NotFoundException("Briefing " + id));
        b.withdraw(LocalDateTime.now(clock));
        events.publishEvent(new AuditEvent(AuditAction.BRIEFING_WITHDRAWN, b.getReference() + " " + b.getTitle(), ""));
    }
}
