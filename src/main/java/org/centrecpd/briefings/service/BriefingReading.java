package org.centrecpd.briefings.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.SafeMarkdown;
import org.centrecpd.base.files.FileNames;
import org.centrecpd.briefings.BriefingStatus;
import org.centrecpd.briefings.domain.Briefing;
import org.centrecpd.briefings.domain.BriefingAttachment;
import org.centrecpd.briefings.domain.BriefingAttachmentRepository;
import org.centrecpd.briefings.domain.BriefingRepository;
import org.centrecpd.briefings.domain.RecipientRepository;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading briefings: each person sees those sent to them, unread first; opening one records that they read this
 * revision; an action-required briefing is marked done with an optional note. The trackers (an admin, a partner
 * overseeing a recipient's centre) may open it too, without being counted as readers.
 */
@Service
@Transactional(readOnly = true)
public class BriefingReading {

    static final EnumSet<BriefingStatus> SENT = EnumSet.of(BriefingStatus.PUBLISHED, BriefingStatus.WITHDRAWN);

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final BriefingRepository briefings;
    private final RecipientRepository recipients;
    private final BriefingAttachmentRepository attachments;
    private final BriefingFiles files;
    private final Clock clock;

    BriefingReading(AccessScope scope, CurrentUser currentUser, BriefingRepository briefings, RecipientRepository recipients,
                    BriefingAttachmentRepository attachments, BriefingFiles files, Clock clock) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.briefings = briefings;
        this.recipients = recipients;
        this.attachments = attachments;
        this.files = files;
        this.clock = clock;
    }

    /** Briefings sent to me, unread first. */
    @RolesAllowed({Role.PRACTITIONER_NAME, Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<Rows.MyBriefing> mine() {
        return scope.self().map(me -> recipients.mine(me, SENT)).orElse(List.of());
    }

    /**
     * A briefing I may read: sent to me (opening it records that I read it, this revision), one that reached
     * centres I oversee, or any for an admin. Anyone else: not found.
     */
    @Transactional
    @RolesAllowed({Role.PRACTITIONER_NAME, Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public BriefingPage open(long id) {
        Briefing b = briefings.findById(id).orElseThrow(() -> new NotFoundException("Briefing " + id));
        Reader reader = reader(b);
        boolean recipient = reader.recipient();
        boolean tracker = reader.tracker();
        boolean admin = reader.admin();
        Long person = reader.person();
        LocalDateTime doneAt = null;
        if (recipient) {
            recipients.read(id, person, LocalDateTime.now(clock), b.getRevision());
            doneAt = recipients.mine(person, SENT).stream().filter(m -> m.id() == id).findFirst().map(Rows.MyBriefing::doneAt).orElse(null);
        }
        String authority = briefings.authorities().stream().filter(a -> a.id() == b.getLocalAuthorityId()).map(Rows.Choice::name)
            .findFirst().orElse("");
        return new BriefingPage(id, authority, b.getReference(), b.getRevision(), b.getTitle(), b.getPublicationDate(), b.getContactName(),
            b.getContactEmail(), b.getKind(), b.getActionDue(), SafeMarkdown.toSafeHtml(b.getBody(), null), b.getStatus(), b.getAuthorName(),
            b.getRevisedAt(), briefings.revisions(id).stream().map(r -> new BriefingPage.Earlier(r.getRevision(), r.getTitle(), r.getReplacedAt()))
                .toList(), recipient, doneAt, tracker && SENT.contains(b.getStatus()), admin && b.getStatus() != BriefingStatus.WITHDRAWN,
            files.documents(id));
    }

    /** A stored document of a briefing, to send as a download. */
    public record Download(String fileName, long size, InputStream content) {
    }

    /**
     * A document of a briefing I may read (the rule of {@link #open}: a recipient of a sent briefing, its tracker, an
     * admin); anyone else, as for an id that does not exist: not found. Downloading does not count as reading.
     */
    @RolesAllowed({Role.PRACTITIONER_NAME, Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public Download download(long attachmentId) {
        BriefingAttachment a = attachments.findById(attachmentId).orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        Briefing b = briefings.findById(a.getBriefingId()).orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        reader(b);
        try {
            return new Download(FileNames.safe(a.getFileName()), a.getSize(), files.open(a.getSha256()));
        } catch (IOException e) {
            throw new NotFoundException("Attachment " + attachmentId);
        }
    }

    private record Reader(Long person, boolean recipient, boolean tracker, boolean admin) {
    }

    /** Who I am to this briefing; not found when I may not read it. */
    private Reader reader(Briefing b) {
        SignedInUser me = currentUser.require();
        long id = b.getId();
        Long person = scope.self().orElse(null);
        boolean recipient = person != null && SENT.contains(b.getStatus()) && recipients.existsByBriefingIdAndPersonId(id, person);
        boolean admin = me.role() == Role.ADMIN;
        boolean tracker = admin || (me.role() == Role.IMPROVEMENT_PARTNER && recipients.reaches(scope.centres(), id, true));
        if (!recipient && !tracker) {
            throw new NotFoundException("Briefing " + id);
        }
        return new Reader(person, recipient, tracker, admin);
    }

    /** Marks an action-required briefing sent to me as done, with an optional note. */
    @Transactional
    @RolesAllowed({Role.PRACTITIONER_NAME, Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void markDone(long id, String note) {
        org.centrecpd.base.TextLimit.atMost(note, 2000);
        long me = scope.self().orElseThrow(() -> new NotFoundException("Briefing " + id));
        Briefing b = briefings.findById(id).filter(x -> x.getStatus() == BriefingStatus.PUBLISHED)
            .orElseThrow(() -> new NotFoundException("Briefing " + id));
        if (!recipients.existsByBriefingIdAndPersonId(id, me)) {
            throw new NotFoundException("Briefing " + id);
        }
        if (b.getKind() != org.centrecpd.briefings.BriefingKind.ACTION_REQUIRED) {
            throw new RuleViolation("briefings.done.informationOnly");
        }
        recipients.read(id, me, LocalDateTime.now(clock), b.getRevision());
        recipients.done(id, me, LocalDateTime.now(clock), note == null || note.isBlank() ? null : note.strip());
    }
}
