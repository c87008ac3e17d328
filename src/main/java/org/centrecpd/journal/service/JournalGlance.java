package org.centrecpd.journal.service;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.centrecpd.organisation.PersonName;
import org.centrecpd.organisation.service.AccessScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal's numbers for someone's home page, counted in the database: feedback I have been given lately, and
 * entries my staff shared with me that I have not opened. Never any text. Whose: always the signed-in person's,
 * and shared entries only from the people I line-manage today (as {@code SupervisionService} shows them).
 */
@Service
@Transactional(readOnly = true)
public class JournalGlance {

    /** Feedback on my entries written in the last {@value #RECENT_DAYS} days. */
    public static final int RECENT_DAYS = 30;

    /** How much feedback, and on which entry the newest is (to open it), or none. */
    public record FeedbackReceived(long count, Optional<Long> newestOnEntry) {
    }

    /**
     * Entries shared with me for supervision that I have not opened, and from how many of my staff; {@code supervises}
     * says whether I line-manage anyone today, that is whether the supervision pages are mine to open at all.
     */
    public record WaitingForMe(boolean supervises, long entries, long staff) {
    }

    private final AccessScope scope;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    JournalGlance(AccessScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    /** One statement (none for a sign-in without a journal). */
    @PermitAll
    public FeedbackReceived feedbackReceived() {
        Optional<Long> me = scope.self();
        if (me.isEmpty()) {
            return new FeedbackReceived(0, Optional.empty());
        }
        List<Long> entries = entityManager.createQuery("""
                select f.entryId from JournalFeedback f, JournalEntry e
                 where e.id = f.entryId and e.personId = :me and f.authorId <> :me and f.writtenAt >= :since
                 order by f.writtenAt desc""", Long.class)
            .setParameter("me", me.get()).setParameter("since", LocalDateTime.now(clock).minusDays(RECENT_DAYS))
            .getResultList();
        return new FeedbackReceived(entries.size(), entries.stream().findFirst());
    }

    /** Two statements: who I line-manage today, then the unopened entries they shared with me. */
    @PermitAll
    public WaitingForMe waitingForMe() {
        Optional<Long> me = scope.self();
        List<Long> staff = scope.myStaffToday().stream().map(PersonName::personId).toList();
        if (me.isEmpty() || staff.isEmpty()) {
            return new WaitingForMe(false, 0, 0);
        }
        Object[] row = (Object[]) entityManager.createQuery("""
                select count(s), count(distinct e.personId) from JournalShare s, JournalEntry e
                 where e.id = s.entryId and s.managerId = :me and e.personId in :staff
                   and not exists (select 1 from JournalRead r where r.entryId = s.entryId and r.readerId = :me)""")
            .setParameter("me", me.get()).setParameter("staff", staff).getSingleResult();
        return new WaitingForMe(true, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
