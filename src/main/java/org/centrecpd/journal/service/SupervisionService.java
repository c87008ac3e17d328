package org.centrecpd.journal.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.journal.domain.JournalEntry;
import org.centrecpd.journal.domain.JournalEntryRepository;
import org.centrecpd.journal.domain.JournalFeedback;
import org.centrecpd.journal.domain.JournalFeedbackRepository;
import org.centrecpd.journal.domain.JournalRead;
import org.centrecpd.journal.domain.JournalReadRepository;
import org.centrecpd.journal.domain.JournalShareRepository;
import org.centrecpd.journal.domain.SupervisionNote;
import org.centrecpd.journal.domain.SupervisionNoteRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's side of supervision. A manager reads an entry only when both hold, on every read:
 * its author shared it with this manager (the person, not the role), and the manager line-manages
 * the author today ({@link AccessScope#isMyStaffToday}). So unsharing ends access at once, and after
 * a move neither the old manager nor the new one sees anything until the author shares again.
 * Everything else answers "not found", exactly like an id that does not exist.
 * <p>
 * Open to every signed-in person ({@code @PermitAll}) because being a manager is a fact of today's
 * employment (job role at a centre), not a sign-in role: every method first asks
 * {@link AccessScope#isLineManagerToday()} and answers "not found" to anyone who manages nobody
 * today, and the supervision page and its menu item ask the same ({@link #mayUse()}).
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    private final JournalEntryRepository entries;
    private final JournalShareRepository shares;
    private final JournalReadRepository reads;
    private final JournalFeedbackRepository feedback;
    private final SupervisionNoteRepository notes;
    private final JournalService journal;
    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final Clock clock;

    SupervisionService(JournalEntryRepository entries, JournalShareRepository shares, JournalReadRepository reads,
                       JournalFeedbackRepository feedback, SupervisionNoteRepository notes, JournalService journal,
                       AccessScope scope, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.shares = shares;
        this.reads = reads;
        this.feedback = feedback;
        this.notes = notes;
        this.journal = journal;
        this.scope = scope;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The members of my staff today who have shared entries with me. A manager's staff is a few
     * dozen people, so the two short lists are matched here rather than in one query across modules
     * (employment belongs to the organisation module).
     */
    @PermitAll
    public List<StaffSharing> staffWhoShared() {
        requireManager();
        Set<Long> sharing = Set.copyOf(shares.authorsSharingWith(me()));
        return scope.myStaffToday().stream().filter(p -> sharing.contains(p.personId()))
            .map(p -> new StaffSharing(p.personId(), p.fullName())).toList();
    }

    /** A member of my staff today, by id; anyone else is "not found". */
    @PermitAll
    public StaffSharing staffMember(long staffId) {
        return staff(staffId);
    }

    /** The entries a member of my staff shared with me, newest first, each with my feedback (not marked as opened). */
    @PermitAll
    public List<Entry> sharedBy(long staffId) {
        staff(staffId);
        long me = me();
        // A fixed handful of statements however many entries (sections, tags and areas by subselect, feedback at once).
        List<JournalEntry> shared = shares.sharedBy(staffId, me);
        if (shared.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, List<Entry.FeedbackRow>> feedbackRows =
            journal.feedbackOn(shared.stream().map(JournalEntry::getId).toList(), me);
        return shared.stream()
            .map(e -> JournalService.details(e, List.of(), List.of(), feedbackRows.getOrDefault(e.getId(), List.of()))).toList();
    }

    /** Opens an entry shared with me, recording that I opened it (the author sees who and when). */
    @Transactional
    @PermitAll
    public Entry open(long entryId) {
        JournalEntry entry = readable(entryId);
        reads.save(new JournalRead(entryId, me(), myName(), LocalDateTime.now(clock)));
        return JournalService.details(entry, List.of(), List.of(), journal.feedbackOn(entryId, me()));
    }

    /** The author's name of an entry I may read. */
    @PermitAll
    public StaffSharing authorOf(long entryId) {
        return staff(readable(entryId).getPersonId());
    }

    /** Leaves feedback on an entry shared with me. */
    @Transactional
    @PermitAll
    public void giveFeedback(long entryId, String text) {
        readable(entryId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new RuleViolation("journal.feedback.empty");
        }
        if (body.length() > 20_000) {
            throw new RuleViolation("journal.feedback.tooLong", 20_000);
        }
        feedback.save(new JournalFeedback(entryId, me(), myName(), body, LocalDateTime.now(clock)));
    }

    /** My notes of supervision meetings with a member of my staff, newest first. */
    @PermitAll
    public List<NoteRow> notes(long staffId) {
        staff(staffId);
        return notes.findByStaffIdAndManagerIdOrderByMeetingDateDescIdDesc(staffId, me()).stream()
            .map(n -> new NoteRow(n.getId(), n.getManagerName(), n.getMeetingDate(), n.getNotes(), n.getAgreedActions()))
            .toList();
    }

    /** Records a supervision meeting with a member of my staff: date, notes and agreed actions. */
    @Transactional
    @PermitAll
    public void addNote(long staffId, LocalDate meetingDate, String text, String agreedActions) {
        staff(staffId);
        if (meetingDate == null) {
            throw new RuleViolation("journal.note.date");
        }
        String body = text == null ? "" : text.strip();
        String actions = agreedActions == null ? "" : agreedActions.strip();
        if (body.isEmpty() && actions.isEmpty()) {
            throw new RuleViolation("journal.note.empty");
        }
        if (body.length() > 20_000 || actions.length() > 20_000) {
            throw new RuleViolation("journal.note.tooLong", 20_000);
        }
        notes.save(new SupervisionNote(staffId, me(), myName(), meetingDate, body, actions, LocalDateTime.now(clock)));
    }

    /** May the signed-in person use supervision: do they line-manage anyone today? */
    @PermitAll
    public boolean mayUse() {
        return scope.isLineManagerToday();
    }

    private void requireManager() {
        if (!scope.isLineManagerToday()) {
            throw new NotFoundException("Supervision");
        }
    }

    private JournalEntry readable(long entryId) {
        requireManager();
        long me = scope.self().orElseThrow(() -> new NotFoundException("Journal entry " + entryId));
        JournalEntry entry = entries.findById(entryId)
            .filter(e -> !e.isDraft())
            .filter(e -> shares.findByEntryIdAndManagerId(entryId, me).isPresent())
            .filter(e -> scope.isMyStaffToday(e.getPersonId()))
            .orElseThrow(() -> new NotFoundException("Journal entry " + entryId));
        return entry;
    }

    private StaffSharing staff(long staffId) {
        requireManager();
        return scope.myStaffToday().stream().filter(p -> p.personId() == staffId).findFirst()
            .map(p -> new StaffSharing(p.personId(), p.fullName()))
            .orElseThrow(() -> new NotFoundException("Person " + staffId));
    }

    private String myName() {
        return currentUser.require().displayName();
    }

    private long me() {
        return scope.requireSelf("journal.noPerson");
    }
}
