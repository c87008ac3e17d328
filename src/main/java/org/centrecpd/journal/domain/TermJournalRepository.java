package org.centrecpd.journal.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Counts over the journal of the people working at a centre on {@code day} (organisation's {@code StaffPost}),
 * for the termly review: numbers only, never a word of an entry.
 */
@ScopedData
public interface TermJournalRepository extends Repository<JournalEntry, Long> {

    String STAFF = " in (select sp.personId from StaffPost sp where sp.centreId = :centreId"
        + " and in_force(sp.period.validFrom, sp.period.validTo, :day)) ";

    /** Entries written in {@code [from, to)}: how many, and their minutes counted as CPD (the other counts are 0 here). */
    @Query("select new org.centrecpd.journal.JournalCounts(count(e), 0L, 0L,"
        + " coalesce(sum(case when e.countsAsCpd = true then coalesce(e.minutesSpent, 0) else 0 end), 0))"
        + " from JournalEntry e where e.draft = false and e.createdAt >= :from and e.createdAt < :to and e.personId" + STAFF)
    org.centrecpd.journal.JournalCounts written(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("from") LocalDateTime from,
                     @Param("to") LocalDateTime to);

    /** Entries shared for supervision in {@code [from, to)}, each once however many managers it went to. */
    @Query("select count(distinct s.entryId) from JournalShare s, JournalEntry e where e.id = s.entryId"
        + " and s.sharedAt >= :from and s.sharedAt < :to and e.personId" + STAFF)
    long shared(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("from") LocalDateTime from,
                @Param("to") LocalDateTime to);

    /** Supervisions recorded by the centre's staff (as the manager) with a meeting in {@code [from, to)}. */
    @Query("select count(n) from SupervisionNote n where n.meetingDate >= :fromDay and n.meetingDate < :toDay and n.managerId" + STAFF)
    long supervisions(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("fromDay") LocalDate fromDay,
                      @Param("toDay") LocalDate toDay);
}
