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

    /** The entry's author worked at the centre on {@code :day} (a correlated exists: H2 runs an "in (subquery)" again per row). */
    String ENTRY_BY_STAFF = " exists (select 1 from StaffPost sp where sp.personId = e.personId and sp.centreId = :centreId"
        + " and in_force(sp.period.validFrom, sp.period.validTo, :day)) ";
    /** The supervising manager worked at the centre on {@code :day}. */
    String MANAGER_ON_STAFF = " exists (select 1 from StaffPost sp where sp.personId = n.managerId and sp.centreId = :centreId"
        + " and in_force(sp.period.validFrom, sp.period.validTo, :day)) ";

    /** Entries written in {@code [from, to)}: how many, and their minutes counted as CPD (the other counts are 0 here). */
    @Query("select new org.centrecpd.journal.JournalCounts(count(e), 0L, 0L,"
        + " coalesce(sum(case when e.countsAsCpd = true then coalesce(e.minutesSpent, 0) else 0 end), 0))"
        + " from JournalEntry e where e.draft = false and e.createdAt >= :from and e.createdAt < :to and" + ENTRY_BY_STAFF)
    org.centrecpd.journal.JournalCounts written(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("from") LocalDateTime from,
                     @Param("to") LocalDateTime to);

    /** Entries shared for supervision in {@code [from, to)}, each once however many managers it went to. */
    @Query("select count(distinct s.entryId) from JournalShare s, JournalEntry e where e.id = s.entryId"
        + " and s.sharedAt >= :from and s.sharedAt < :to and" + ENTRY_BY_STAFF)
    long shared(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("from") LocalDateTime from,
                @Param("to") LocalDateTime to);

    /** Supervisions recorded by the centre's staff (as the manager) with a meeting in {@code [from, to)}. */
    @Query("select count(n) from SupervisionNote n where n.meetingDate >= :fromDay and n.meetingDate < :toDay and" + MANAGER_ON_STAFF)
    long supervisions(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("fromDay") LocalDate fromDay,
                      @Param("toDay") LocalDate toDay);
}
