package org.centrecpd.casestudies.service;

import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.casestudies.domain.Attachment;
import org.centrecpd.casestudies.domain.AttachmentRepository;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.CaseStudyRepository;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Writing a case study: its description, where and when the practice happened, and its documents, by centre
 * managers and improvement partners about centres in their scope, until it is published. Who may change which
 * case study is {@link CaseStudyPolicy}'s to say; its review is {@link CaseStudyReview}'s; reading it is
 * {@link CaseStudyReading}'s.
 */
@Service
@Transactional(readOnly = true)
public class CaseStudyService {

    private final CaseStudyRepository caseStudies;
    private final AttachmentRepository attachments;
    private final CaseStudyPolicy policy;
    private final CaseStudyChanges changes;
    private final ReviewLog reviewLog;
    private final AccessScope scope;
    private final PlacesOfPractice places;
    private final DocumentIntake intake;
    private final ExtractionWorker worker;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseStudyService(CaseStudyRepository caseStudies, AttachmentRepository attachments, CaseStudyPolicy policy,
                     CaseStudyChanges changes, ReviewLog reviewLog, AccessScope scope, PlacesOfPractice places,
                     DocumentIntake intake, ExtractionWorker worker, CurrentUser currentUser, Clock clock) {
        this.caseStudies = caseStudies;
        this.attachments = attachments;
        this.policy = policy;
        this.changes = changes;
        this.reviewLog = reviewLog;
        this.scope = scope;
        this.places = places;
        this.intake = intake;
        this.worker = worker;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The largest document accepted (the upload field says so too). */
    /** The columns' sizes (V5), as the form's fields say them. */
    private static void withinLimits(CaseStudyForm form) {
        org.centrecpd.base.TextLimit.atMost(form.title(), 200);
        org.centrecpd.base.TextLimit.atMost(form.summary(), 4000);
        org.centrecpd.base.TextLimit.atMost(form.outcomes(), 4000);
        org.centrecpd.base.TextLimit.atMost(form.basedOn(), 300);
    }

    public DataSize maxUpload() {
        return intake.maxUpload();
    }

    /** Starts a draft about centres in the author's scope; the partners overseeing them are asked to review it. */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public long create(CaseStudyForm form) {
        SignedInUser me = currentUser.require();
        withinLimits(form);
        CaseStudy draft = new CaseStudy(me.accountId(), me.displayName(), now());
        describe(draft, form);
        caseStudies.saveAndFlush(draft);
        reviewLog.submitted(draft, false);
        changes.made(draft);
        return draft.getId();
    }

    /**
     * Edits a case study that is not published: its author, or a partner overseeing it. Changed after changes
     * were asked for, it is a draft again, and its reviewers are told.
     */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public void update(long id, long version, CaseStudyForm form) {
        withinLimits(form);
        CaseStudy study = changes.oneAtATime(policy.writtenOrReviewed(id));
        study.requireOpenToEdits();
        if (study.getVersion() != version) {
            throw new StaleEditException("Case study " + study.getTitle(), null);
        }
        describe(study, form);
        if (study.getStatus() == CaseStudyStatus.CHANGES_REQUESTED) {
            study.moveTo(CaseStudyStatus.DRAFT, now());
            reviewLog.submitted(study, true);
        }
        try {
            caseStudies.saveAndFlush(study);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException("Case study " + study.getTitle(), e);
        }
        changes.made(study);
    }

    private void describe(CaseStudy study, CaseStudyForm form) {
        if (form.title() == null || form.title().isBlank()) {
            throw new RuleViolation("casestudies.title.required");
        }
        if (form.summary() == null || form.summary().isBlank()) {
            throw new RuleViolation("casestudies.summary.required");
        }
        if (form.centreIds() == null || form.centreIds().isEmpty()) {
            throw new RuleViolation("casestudies.centres.required");
        }
        scope.requireCentres(form.centreIds()); // written about centres in the author's scope only
        var where = places.of(form.centreIds(), form.year());
        study.describe(form.title().strip(), form.summary().strip(), blankToNull(form.outcomes()), form.year(),
            blankToNull(form.basedOn()), now());
        study.tag(new LinkedHashSet<>(form.centreIds()), where, form.areas(), form.qualities(), form.ages());
    }

    /**
     * Adds a document to a case study being written. Its type is read from its content; its text is read in
     * the background ({@link ExtractionWorker}), so the upload returns at once. Not indexed yet: a document
     * counts in search once it has been read (or could not be).
     */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public CaseStudyPage.AttachmentRow attach(long id, String fileName, Path upload) {
        CaseStudy study = policy.writtenOrReviewed(id);
        study.requireOpenToEdits();
        DocumentIntake.Received document = intake.receive(fileName, upload);
        // Only now, after the slow part (copying the file), so nobody waits long.
        study = changes.oneAtATime(study);
        study.requireOpenToEdits();
        // The same document twice (a second click, or the file saved again under another name) is refused: it
        // would be read twice for nothing, and its words would count twice in search.
        Optional<String> same = attachments.fileNameWithContent(id, document.sha256());
        if (same.isPresent()) {
            throw new RuleViolation("casestudies.file.alreadyAttached", document.name(), same.get());
        }
        // Persisted itself (not by merging the case study, which would persist a copy of it).
        Attachment attachment = attachments.saveAndFlush(study.attach(document.name(), document.mediaType(), document.type(),
            document.size(), document.sha256(), now()));
        worker.readAfterCommit(attachment.getId());
        return CaseStudyReading.row(attachment);
    }

    /**
     * Takes a document off a case study that is not published (its author, or a partner overseeing it):
     * gone from the page, from search and from its download address. Returns its file name. A document
     * still being read is left alone by the workers once it is gone.
     */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public String removeAttachment(long id, long attachmentId) {
        CaseStudy study = changes.oneAtATime(policy.writtenOrReviewed(id));
        study.requireOpenToEdits();
        String fileName = attachments.fileNameIn(id, attachmentId).orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        if (attachments.deleteFrom(id, attachmentId) == 0) {
            throw new NotFoundException("Attachment " + attachmentId);
        }
        study.documentRemoved(now());
        changes.made(study);
        return fileName;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
