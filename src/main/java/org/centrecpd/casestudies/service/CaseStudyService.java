package org.centrecpd.casestudies.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.casestudies.domain.Attachment;
import org.centrecpd.casestudies.domain.AttachmentRepository;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.CaseStudyRepository;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.casestudies.domain.Place;
import org.centrecpd.casestudies.domain.ReviewEntry;
import org.centrecpd.casestudies.domain.ReviewEntryRepository;
import org.centrecpd.casestudies.extraction.DocumentType;
import org.centrecpd.casestudies.extraction.TextExtractor;
import org.centrecpd.casestudies.storage.FileStore;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.CentreOverview;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Good-practice case studies: writing them (managers and improvement partners, about centres in
 * their scope), reviewing and publishing them (the partners who oversee their centres), reading
 * them and their documents (whoever may see them: {@link CaseStudyPolicy}).
 * Anything the asker may not see answers "not found", whatever the path.
 */
@Service
@Transactional(readOnly = true)
public class CaseStudyService {

    private final CaseStudyRepository caseStudies;
    private final AttachmentRepository attachments;
    private final ReviewEntryRepository reviews;
    private final AccessScope scope;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final FileStore files;
    private final TextExtractor extractor;
    private final ExtractionWorker worker;
    private final Clock clock;
    private final DataSize maxUpload;
    private final jakarta.persistence.EntityManager entityManager;
    private final ReviewMail reviewMail;
    private final CaseStudyPolicy policy;

    CaseStudyService(CaseStudyRepository caseStudies, AttachmentRepository attachments, ReviewEntryRepository reviews,
                     AccessScope scope, CentreService centres, CurrentUser currentUser, FileStore files,
                     TextExtractor extractor, ExtractionWorker worker, Clock clock,
                     @Value("${centrecpd.case-studies.max-upload:50MB}") DataSize maxUpload,
                     jakarta.persistence.EntityManager entityManager, ReviewMail reviewMail, CaseStudyPolicy policy) {
        this.policy = policy;
        this.entityManager = entityManager;
        this.reviewMail = reviewMail;
        this.caseStudies = caseStudies;
        this.attachments = attachments;
        this.reviews = reviews;
        this.scope = scope;
        this.centres = centres;
        this.currentUser = currentUser;
        this.files = files;
        this.extractor = extractor;
        this.worker = worker;
        this.clock = clock;
        this.maxUpload = maxUpload;
    }

    /** The largest document accepted (the upload field says so too). */
    public DataSize maxUpload() {
        return maxUpload;
    }

    /** Starts a draft about centres in the author's scope. */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public long create(CaseStudyForm form) {
        SignedInUser me = currentUser.require();
        CaseStudy draft = new CaseStudy(me.accountId(), me.displayName(), now());
        describe(draft, form);
        long id = caseStudies.saveAndFlush(draft).getId();
        reviews.save(new ReviewEntry(id, me.accountId(), me.displayName(), ReviewEntry.Action.SUBMITTED, null, now()));
        reviewMail.askReview(draft, false, scope.overseersOf(draft.getCentreIds()), me);
        return id;
    }

    /** Edits a case study that is not published: its author, or a partner overseeing it. */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public void update(long id, long version, CaseStudyForm form) {
        CaseStudy study = oneChangeAtATime(editable(id));
        study.requireOpenToEdits();
        if (study.getVersion() != version) {
            throw new StaleEditException("Case study " + study.getTitle(), null);
        }
        describe(study, form);
        if (study.getStatus() == CaseStudyStatus.CHANGES_REQUESTED) {
            study.moveTo(CaseStudyStatus.DRAFT, now());
            log(study, ReviewEntry.Action.SUBMITTED, null);
            reviewMail.askReview(study, true, scope.overseersOf(study.getCentreIds()), currentUser.require());
        }
        try {
            caseStudies.saveAndFlush(study);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException("Case study " + study.getTitle(), e);
        }
        worker.indexAfterSave(id);
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
        int thisYear = LocalDate.now(clock).getYear();
        if (form.year() < 1998 || form.year() > thisYear) {
            throw new RuleViolation("casestudies.year.invalid", thisYear);
        }
        // The organisation as it was when the practice happened (mid-year, or today for this year).
        LocalDate asAt = form.year() == thisYear ? LocalDate.now(clock) : LocalDate.of(form.year(), 7, 1);
        List<Place> places = new ArrayList<>();
        for (long centreId : form.centreIds()) {
            CentreOverview centre = centres.overview(centreId); // "not found" outside the author's scope
            var then = centres.arrangementOn(centreId, asAt);
            places.add(new Place(centre.localAuthority(), then.map(a -> a.provider()).orElse(centre.provider()),
                then.map(a -> a.group()).orElse(centre.group())));
        }
        study.describe(form.title().strip(), form.summary().strip(), blankToNull(form.outcomes()), form.year(),
            blankToNull(form.basedOn()), now());
        study.tag(new LinkedHashSet<>(form.centreIds()), places, form.areas(), form.qualities(), form.ages());
    }

    /** A case study's page, for anyone who may see it. */
    @PermitAll
    public CaseStudyPage page(long id) {
        CaseStudy s = policy.visible(id);
        CaseStudyPolicy.Allowed allowed = policy.allowed(s);
        return new CaseStudyPage(s.getId(), s.getVersion(), s.getTitle(), s.getSummary(), s.getOutcomes(), s.getYearOfPractice(),
            s.getStatus(), s.isPublishedToAll(), s.getAuthorName(), s.getBasedOn(),
            s.getPlaces().stream().map(Place::describe).distinct().toList(),
            setOf(s.getCentreIds()), setOf(s.getAreas()), setOf(s.getQualities()), setOf(s.getAges()),
            s.getAttachments().stream().map(CaseStudyService::row).toList(),
            reviews.findByCaseStudyIdOrderByAtAsc(id).stream()
                .map(r -> new CaseStudyPage.Review(r.getAuthorName(), r.getAction(), r.getComment(), r.getAt())).toList(),
            allowed.edit(), allowed.review());
    }

    private static CaseStudyPage.AttachmentRow row(Attachment a) {
        return new CaseStudyPage.AttachmentRow(a.getId(), a.getFileName(), a.getFileType(), a.getSizeBytes(), a.getStatus(),
            a.getFailure(), a.isTextTruncated());
    }

    /**
     * What the asker wrote or oversees that is not in the library: drafts and reviews in progress, and apart
     * from them those withdrawn from the library (no longer in progress, but still theirs to look back on).
     */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public MyCaseStudies mine() {
        var cards = caseStudies.writtenOrReviewedBy(scope.centres(), MyCaseStudies.LISTED).stream()
            .map(s -> new CaseStudyCard(s.getId(), s.getTitle(), s.getYearOfPractice(), s.getStatus(), s.getAuthorName()))
            .collect(java.util.stream.Collectors.partitioningBy(c -> c.status().isInProgress()));
        return new MyCaseStudies(cards.get(true), cards.get(false));
    }

    @Transactional
    @PermitAll
    public void comment(long id, String comment) {
        CaseStudy s = policy.writtenOrReviewed(id);
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("casestudies.comment.required");
        }
        log(s, ReviewEntry.Action.COMMENTED, comment.strip());
    }

    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void requestChanges(long id, String comment) {
        CaseStudy s = oneChangeAtATime(policy.reviewed(id));
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("casestudies.changes.reason");
        }
        s.moveTo(CaseStudyStatus.CHANGES_REQUESTED, now());
        log(s, ReviewEntry.Action.CHANGES_REQUESTED, comment.strip());
        worker.indexAfterSave(id);
    }

    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void approve(long id) {
        CaseStudy s = oneChangeAtATime(policy.reviewed(id));
        s.moveTo(CaseStudyStatus.APPROVED, now());
        log(s, ReviewEntry.Action.APPROVED, null);
        worker.indexAfterSave(id);
    }

    /** Publishes an approved case study to the centres the partner oversees today, or to everyone. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void publish(long id, boolean toEveryone) {
        CaseStudy s = oneChangeAtATime(policy.reviewed(id));
        s.publish(scope.forSearch().overseen(), toEveryone, now());
        log(s, toEveryone ? ReviewEntry.Action.PUBLISHED_TO_EVERYONE : ReviewEntry.Action.PUBLISHED, null);
        worker.indexAfterSave(id);
    }

    /** Takes a published case study out of everyone's view; its history stays. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void withdraw(long id, String reason) {
        CaseStudy s = oneChangeAtATime(policy.reviewed(id));
        s.moveTo(CaseStudyStatus.WITHDRAWN, now());
        log(s, ReviewEntry.Action.WITHDRAWN, reason == null || reason.isBlank() ? null : reason.strip());
        worker.indexAfterSave(id);
    }

    /**
     * Adds a document to a case study being written. Its type is read from its content; its text is
     * read in the background ({@link ExtractionWorker}), so the upload returns at once.
     */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public CaseStudyPage.AttachmentRow attach(long id, String fileName, Path upload) {
        CaseStudy study = editable(id);
        String name = safeName(fileName);
        try {
            long size = Files.size(upload);
            if (size > maxUpload.toBytes()) {
                throw new RuleViolation("casestudies.file.tooBig", name, maxUpload.toMegabytes());
            }
            if (size == 0) {
                throw new RuleViolation("casestudies.file.emptyUpload", name);
            }
            String mediaType = extractor.detect(upload);
            DocumentType type = DocumentType.of(mediaType)
                .orElseThrow(() -> new RuleViolation("casestudies.file.type", name, mediaType));
            String hash = files.store(upload);
            // Only now, after the slow part (copying the file), so nobody waits long.
            study = oneChangeAtATime(study);
            study.requireOpenToEdits();
            // The same document twice (a second click, or the file saved again under another name) is refused: it
            // would be read twice for nothing, and its words would count twice in search.
            java.util.Optional<String> same = attachments.fileNameWithContent(id, hash);
            if (same.isPresent()) {
                throw new RuleViolation("casestudies.file.alreadyAttached", name, same.get());
            }
            // Persisted itself (not by merging the case study, which would persist a copy of it).
            Attachment attachment = attachments.saveAndFlush(study.attach(name, mediaType, type.label(), size, hash, now()));
            worker.readAfterCommit(attachment.getId());
            return row(attachment);
        } catch (IOException e) {
            throw new RuleViolation("casestudies.file.unreadableUpload", name);
        }
    }

    /**
     * Takes a document off a case study that is not published (its author, or a partner overseeing it):
     * gone from the page, from search and from its download address. Returns its file name. A document
     * still being read is left alone by the workers once it is gone.
     */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public String removeAttachment(long id, long attachmentId) {
        CaseStudy study = oneChangeAtATime(editable(id));
        study.requireOpenToEdits();
        String fileName = attachments.fileNameIn(id, attachmentId).orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        if (attachments.deleteFrom(id, attachmentId) == 0) {
            throw new NotFoundException("Attachment " + attachmentId);
        }
        study.documentRemoved(now());
        // Indexed here, with its documents read afresh at commit: a change to its documents does not index a
        // case study by itself (CaseStudy#attachments).
        org.hibernate.search.mapper.orm.Search.session(entityManager).indexingPlan().addOrUpdate(study);
        worker.indexAfterSave(id);
        return fileName;
    }

    /** A document, for someone who may see its case study; "not found" for everyone else. */
    @PermitAll
    public Download download(long attachmentId) {
        Attachment a = attachments.findById(attachmentId).orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        policy.visible(a.getCaseStudy().getId());
        String hash = a.getSha256();
        return new Download(a.getFileName(), a.getMediaType(), a.getSizeBytes(), () -> files.open(hash));
    }

    /** A document to send: its name, type and content. */
    public record Download(String fileName, String mediaType, long size, Content content) {
        @FunctionalInterface
        public interface Content {
            InputStream open() throws IOException;
        }
    }

    private CaseStudy editable(long id) {
        CaseStudy s = policy.writtenOrReviewed(id);
        s.requireOpenToEdits();
        return s;
    }

    /**
     * Changes to one case study are made one at a time. Several documents dropped together arrive at the same
     * moment, and a partner may approve a draft while its author adds a document: each change waits here for
     * the one before it to commit, then carries on from what it saved, rather than failing on the case study's
     * version with no message a user could act on. (The version still guards an edit made from a form that
     * was opened before another change: {@link #update}.) Called once the asker's permission was checked, so
     * that nobody may hold up a case study they may not change; the caller checks its status again.
     */
    private CaseStudy oneChangeAtATime(CaseStudy checked) {
        long id = checked.getId();
        // Read again as it is now, locked in the same statement. Not refreshed in place: a refresh loads its
        // documents, and a case study indexed after one is taken off would then be indexed with the removed
        // document's text (the removal is a query, which the loaded list does not see).
        entityManager.detach(checked);
        CaseStudy now = entityManager.find(CaseStudy.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (now == null) {
            throw new NotFoundException("Case study " + id); // deleted meanwhile
        }
        return now;
    }

    private void log(CaseStudy s, ReviewEntry.Action action, String comment) {
        SignedInUser me = currentUser.require();
        reviews.save(new ReviewEntry(s.getId(), me.accountId(), me.displayName(), action, comment, now()));
        reviewMail.tell(s, action, comment, me);
    }

    /** Only the last part of what the browser sent, without control characters, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static <T> java.util.Set<T> setOf(java.util.Collection<T> c) {
        return java.util.Set.copyOf(c);
    }
}
