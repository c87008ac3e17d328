package org.centrecpd.journal.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.journal.domain.JournalEntry;
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
 * The manager's side of supervision: the staff who shared entries with me, reading what they shared
 * (the author is told who opened it and when), feedback, and the notes of supervision meetings.
 * Who may read what is {@link JournalPolicy}'s rule, asked on every call: an entry shared with me by
 * someone I line-manage today; anything else is "not found".
 * <p>
 * Open to every signed-in person ({@code @PermitAll}) because being a manager is a fact of today's
 * employment (job role at a centre), not a sign-in role; the supervision page and its menu item ask
 * the same question ({@link #mayUse()}).
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    private static final int MAX_TEXT = 20_000;

    private final JournalShareRepository shares;
    private final JournalReadRepository reads;
    private final JournalFeedbackRepository feedback;
    private final SupervisionNoteRepository notes;
    private final JournalQueries journal;
    private final JournalPolicy policy;
    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final Clock clock;

    SupervisionService(JournalShareRepository shares, JournalReadRepository reads, JournalFeedbackRepository feedback,
                       SupervisionNoteRepository notes, JournalQueries journal, JournalPolicy policy, AccessScope scope,
                       CurrentUser currentUser, Clock clock) {
        this.shares = shares;
        this.reads = reads;
        this.feedback = feedback;
        this.notes = notes;
        this.journal = journal;
        this.policy = policy;
        this.scope = scope;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** May the signed-in person use supervision: do they line-manage anyone today? */
    @PermitAll
    public boolean mayUse() {
        return policy.managesAnyoneToday();
    }

    /**
     * The members of my staff today who have shared entries with me. A manager's staff is a few
     * dozen people, so the two short lists are matched here rather than in one query across modules
     * (employment belongs to the organisation module).
     */
    @PermitAll
    public List<StaffSharing> staffWhoShared() {
        policy.requireManager();
        Set<Long> sharing = Set.copyOf(shares.authorsSharingWith(policy.me()));
        return scope.myStaffToday().stream().filter(p -> sharing.contains(p.personId()))
            .map(p -> new StaffSharing(p.personId(), p.fullName())).toList();
    }

    /** A member of my staff today, by id; anyone else is "not found". */
    @PermitAll
    public StaffSharing staffMember(long staffId) {
        return policy.myStaff(staffId);
    }

    /** The entries a member of my staff shared with me, newest first, each with my feedback (not marked as opened). */
    @PermitAll
    public List<Entry> sharedBy(long staffId) {
        policy.myStaff(staffId);
        long me = policy.me();
        // A fixed handful of statements however many entries (sections, tags and areas by subselect, feedback at once).
        List<JournalEntry> shared = shares.sharedBy(staffId, me);
        if (shared.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Entry.FeedbackRow>> feedbackRows = journal.feedbackOn(shared.stream().map(JournalEntry::getId).toList(), me);
        return shared.stream()
            .map(e -> Entry.of(e, List.of(), List.of(), feedbackRows.getOrDefault(e.getId(), List.of()))).toList();
    }

    /** Opens an entry shared with me, recording that I opened it (the author sees who and when). */
    @Transactional
    @PermitAll
    public Entry open(long entryId) {
        JournalEntry entry = policy.sharedWithMe(entryId);
        reads.save(new JournalRead(entryId, policy.me(), myName(), LocalDateTime.now(clock)));
        return Entry.of(entry, List.of(), List.of(), journal.feedbackOn(entryId, policy.me()));
    }

    /** The author's name of an entry I may read. */
    @PermitAll
    public StaffSharing authorOf(long entryId) {
        return policy.myStaff(policy.sharedWithMe(entryId).getPersonId());
    }

    /** Leaves feedback on an entry shared with me. */
    @Transactional
    @PermitAll
    public Entry.FeedbackRow giveFeedback(long entryId, String text) {
        policy.sharedWithMe(entryId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new RuleViolation("journal.feedback.empty");
        }
        if (body.length() > MAX_TEXT) {
            throw new RuleViolation("journal.feedback.tooLong", MAX_TEXT);
        }
        JournalFeedback saved = feedback.save(new JournalFeedback(entryId, policy.me(), myName(), body, LocalDateTime.now(clock)));
        return new Entry.FeedbackRow(saved.getAuthorName(), saved.getBody(), saved.getWrittenAt());
    }

    /** My notes of supervision meetings with a member of my staff, newest first. */
    @PermitAll
    public List<NoteRow> notes(long staffId) {
        policy.myStaff(staffId);
        return notes.findByStaffIdAndManagerIdOrderByMeetingDateDescIdDesc(staffId, policy.me()).stream()
            .map(NoteRow::of).toList();
    }

    /** Records a supervision meeting with a member of my staff: date, notes and agreed actions. */
    @Transactional
    @PermitAll
    public void addNote(long staffId, LocalDate meetingDate, String text, String agreedActions) {
        policy.myStaff(staffId);
        if (meetingDate == null) {
            throw new RuleViolation("journal.note.date");
        }
        String body = text == null ? "" : text.strip();
        String actions = agreedActions == null ? "" : agreedActions.strip();
        if (body.isEmpty() && actions.isEmpty()) {
            throw new RuleViolation("journal.note.empty");
        }
        if (body.length() > MAX_TEXT || actions.length() > MAX_TEXT) {
            throw new RuleViolation("journal.note.tooLong", MAX_TEXT);
        }
        notes.save(new SupervisionNote(staffId, policy.me(), myName(), meetingDate, body, actions, LocalDateTime.now(clock)));
    }

    private String myName() {
        return currentUser.require().displayName();
    }
}
