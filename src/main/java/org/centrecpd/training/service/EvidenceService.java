package org.centrecpd.training.service;

import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.EvidencedCompletion;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.ReflectionChoice;
import org.centrecpd.organisation.PersonName;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.training.domain.AssignmentRepository;
import org.centrecpd.training.domain.EvidenceRepository;
import org.centrecpd.training.domain.EvidenceRow;
import org.centrecpd.training.domain.ExternalEvidence;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * External CPD: a practitioner records learning done elsewhere (and records it again once sent back); their line
 * manager today verifies it, mapping it to a course or not, or sends it back with a comment. Mapped evidence is a
 * completion of the course ({@link EvidencedCompletion}) and satisfies its assignment. Evidence of someone who is not
 * mine nor my staff answers "not found"; its certificate file downloads for the person, their line managers and those
 * whose scope covers them, and for nobody else. The reflection linked is one of the practitioner's own journal entries
 * (the journal answers only for its author); verifying and sending back are in the audit log.
 */
@Service
@Transactional(readOnly = true)
@PermitAll
public class EvidenceService {

    private final AccessScope scope;
    private final EvidenceRepository evidence;
    private final AssignmentRepository assignments;
    private final EvidencedCompletion completions;
    private final EvidenceFiles files;
    private final JournalQueries journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(AccessScope scope, EvidenceRepository evidence, AssignmentRepository assignments, EvidencedCompletion completions,
                    EvidenceFiles files, JournalQueries journal, ApplicationEventPublisher events, Clock clock) {
        this.scope = scope;
        this.evidence = evidence;
        this.assignments = assignments;
        this.completions = completions;
        this.files = files;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /** My evidence, newest first (none for a sign-in that is not a person). */
    public List<EvidenceRow> mine() {
        return scope.self().map(evidence::ofPerson).orElse(List.of());
    }

    /** Records my external CPD; it waits for my line manager. @return its id */
    @Transactional
    public long record(EvidenceForm form) {
        long me = scope.requireSelf("training.noPerson");
        ExternalEvidence item = new ExternalEvidence(me);
        fill(item, form);
        return evidence.saveAndFlush(item).getId();
    }

    /**
     * Changes my evidence that was sent back (or still waits), and submits it again. A new certificate file replaces the
     * old one, which leaves the store once this has committed (unless other evidence has the same file).
     */
    @Transactional
    public void resubmit(long id, EvidenceForm form) {
        ExternalEvidence item = myUnverified(id);
        String before = item.getCertificateSha256();
        fill(item, form);
        if (before != null && !before.equals(item.getCertificateSha256())) {
            files.deleteWhenUnused(List.of(before));
        }
    }

    /** Deletes my evidence that is not verified (verified evidence counts, and stays); its certificate file goes with it. */
    @Transactional
    public void delete(long id) {
        ExternalEvidence item = myUnverified(id);
        String file = item.getCertificateSha256();
        evidence.delete(item);
        evidence.flush();
        if (file != null) {
            files.deleteWhenUnused(List.of(file));
        }
    }

    /** One of my evidence as recorded, to change it after it was sent back. */
    public EvidenceForm form(long id) {
        ExternalEvidence item = myUnverified(id);
        return new EvidenceForm(item.getTitle(), item.getProvider(), item.getCompletedOn(), item.getCpdHours(), item.getAreas(),
            item.getJournalEntryId(), null);
    }

    /** My journal entries whose title or text contains {@code text}, newest first, a page at a time: the reflections I may link. */
    public List<ReflectionChoice> myReflections(String text, int offset, int limit) {
        return journal.myReflections(text, offset, limit);
    }

    /** The reflection linked to my evidence, if it is still in my journal. */
    public Optional<ReflectionChoice> linkedReflection(long id) {
        Long entry = myUnverifiedOrNot(id).getJournalEntryId();
        return entry == null ? Optional.empty() : journal.myReflection(entry);
    }

    private ExternalEvidence myUnverifiedOrNot(long id) {
        return evidence.findById(id).filter(x -> scope.self().map(me -> me == x.getPersonId()).orElse(false))
            .orElseThrow(() -> new NotFoundException("Evidence " + id));
    }

    private ExternalEvidence myUnverified(long id) {
        ExternalEvidence item = myUnverifiedOrNot(id);
        if (item.getStatus() == ExternalEvidence.Status.VERIFIED) {
            throw new RuleViolation("training.evidence.alreadyVerified");
        }
        return item;
    }

    /** The courses evidence may be mapped to: every published course, by title. */
    public List<org.centrecpd.training.domain.CourseChoice> courses() {
        return assignments.courseChoices();
    }

    /** Evidence of the people I line-manage today, waiting for me, oldest first. */
    public List<EvidenceRow> waitingForMe() {
        List<Long> staff = scope.myStaffToday().stream().map(PersonName::personId).toList();
        return staff.isEmpty() ? List.of() : evidence.waiting(staff);
    }

    /**
     * Verifies evidence of someone I line-manage today: it counts in their CPD hours; mapped to a course ({@code courseId},
     * null: none), it is a completion of that course on the evidence's date, which satisfies the course's assignment.
     */
    @Transactional
    public void verify(long id, Long courseId) {
        ExternalEvidence item = reviewable(id);
        Long completion = null;
        if (courseId != null) {
            if (!assignments.coursePublished(courseId)) {
                throw new NotFoundException("Course " + courseId);
            }
            completion = completions.completedElsewhere(item.getPersonId(), courseId, item.getCompletedOn());
        }
        item.verify(LocalDate.now(clock), scope.centres().accountId(), courseId, completion);
        events.publishEvent(new AuditEvent(AuditAction.EXTERNAL_CPD_VERIFIED, auditSubject(id), describe(item)
            + (courseId == null ? "; not mapped to a course" : "; counts as course " + courseId)));
    }

    /** Sends evidence back to someone I line-manage today, saying why. */
    @Transactional
    public void sendBack(long id, String comment) {
        org.centrecpd.base.TextLimit.atMost(comment, 2000);
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("training.evidence.commentNeeded");
        }
        ExternalEvidence item = reviewable(id);
        item.sendBack(LocalDate.now(clock), scope.centres().accountId(), comment.strip());
        String said = comment.strip();
        events.publishEvent(new AuditEvent(AuditAction.EXTERNAL_CPD_SENT_BACK, auditSubject(id), describe(item) + "; comment: "
            + (said.length() > 500 ? said.substring(0, 500) + "…" : said)));
    }

    /** Whom the audit line is about: the person the evidence is of, by their e-mail (the log's person filter finds it). */
    private String auditSubject(long id) {
        return evidence.emailOf(id).orElse("person ?");
    }

    private static String describe(ExternalEvidence item) {
        String title = item.getTitle().length() > 300 ? item.getTitle().substring(0, 300) + "…" : item.getTitle();
        return "evidence " + item.getId() + " \"" + title + "\", " + item.getCompletedOn() + ", "
            + item.getCpdHours().stripTrailingZeros().toPlainString() + " h";
    }

    /** The certificate file of evidence: for the person, their line managers today, and those whose scope covers them. */
    public EvidenceFile certificate(long id) {
        long person = evidence.personOf(id).orElseThrow(() -> new NotFoundException("Evidence " + id));
        if (!scope.isMyStaffToday(person)) {
            scope.requirePerson(person);
        }
        ExternalEvidence item = evidence.findById(id).orElseThrow();
        if (item.getCertificateSha256() == null) {
            throw new NotFoundException("Certificate of evidence " + id);
        }
        try (InputStream in = files.open(item.getCertificateSha256())) {
            return new EvidenceFile(item.getCertificateName(), item.getCertificateType(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExternalEvidence reviewable(long id) {
        ExternalEvidence item = evidence.findById(id).filter(x -> scope.isMyStaffToday(x.getPersonId()))
            .orElseThrow(() -> new NotFoundException("Evidence " + id));
        if (item.getStatus() != ExternalEvidence.Status.SUBMITTED) {
            throw new RuleViolation("training.evidence.notWaiting");
        }
        return item;
    }

    private void fill(ExternalEvidence item, EvidenceForm form) {
        LocalDate today = LocalDate.now(clock);
        if (form.title() == null || form.title().isBlank() || form.provider() == null || form.provider().isBlank()
            || form.completedOn() == null || form.cpdHours() == null) {
            throw new RuleViolation("training.evidence.incomplete");
        }
        org.centrecpd.base.TextLimit.atMost(form.title(), 300);
        org.centrecpd.base.TextLimit.atMost(form.provider(), 200);
        if (form.completedOn().isAfter(today)) {
            throw new RuleViolation("training.evidence.future");
        }
        if (form.cpdHours().signum() <= 0 || form.cpdHours().compareTo(BigDecimal.valueOf(500)) > 0) {
            throw new RuleViolation("training.evidence.hoursRange");
        }
        if (form.journalEntryId() != null && journal.myReflection(form.journalEntryId()).isEmpty()) {
            // Only my own entries are offered; anything else is, for me, not there.
            throw new NotFoundException("Journal entry " + form.journalEntryId());
        }
        item.describe(form.title().strip(), form.provider().strip(), form.completedOn(), form.cpdHours(), form.areas(),
            form.journalEntryId(), today);
        if (form.certificate() != null) {
            if (form.certificate().content().length > EvidenceForm.MAX_FILE_BYTES) {
                throw new RuleViolation("training.evidence.fileTooLarge");
            }
            item.attach(files.store(form.certificate().content()), form.certificate().name(), form.certificate().type());
        }
    }
}
