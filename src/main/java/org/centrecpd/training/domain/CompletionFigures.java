package org.centrecpd.training.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.training.TrainingStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * "How far are we?": the figures over many people's assignments that completion reports read, each in one statement
 * — a centre's matrix, the roll-up by authority, provider, group and centre (with its trend, {@link TrainingTrend}),
 * and core-purpose coverage. Read only; assignments are changed through {@link AssignmentRepository}. The organisation
 * and courses are joined through the read models they publish (ModuleQueriesTest).
 */
@ScopedData
public interface CompletionFigures extends Repository<Assignment, Long>, TrainingTrend {

    /**
     * A centre's matrix as at {@code day}: one row per person who worked there then and assignment
     * in force then, with its status, filtered in the database (-1: any course, any status). The completion and
     * valid-until day are those held on the day: as at a day before a renewal, the earlier period's.
     */
    @Query("""
        select new org.centrecpd.training.domain.MatrixCell(p.id, p.fullName, e.jobRole, a.id, c.id, v.title, a.dueOn,
            a.required, """ + TrainingStatus.COMPLETED_THEN_SQL + ", " + TrainingStatus.VALID_UNTIL_THEN_SQL + ", "
            + TrainingStatus.DUE_SQL + ", " + TrainingStatus.SQL + """
            )
        from StaffPost e join StaffName p on p.id = e.personId
        join Assignment a on a.personId = p.id
        join CourseListing c on c.id = a.courseId join c.current v
        where e.centreId = :centreId and in_force(e.period.validFrom, e.period.validTo, :day)
          and """ + TrainingStatus.LIVE + """
          and (:courseId = -1 or a.courseId = :courseId)
          and (:anyArea = true or :area member of v.corePurpose)
          and (:status = -1 or """ + TrainingStatus.SQL + """
               = :status)
        order by p.fullName, p.id, v.title, c.id""")
    List<MatrixCell> matrix(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("courseId") long courseId,
                            @Param("anyArea") boolean anyArea, @Param("area") CorePurposeArea area, @Param("status") int status);

    /**
     * Completion per centre as at {@code day}, for the centres in scope: each centre under the
     * provider and group it had on that day, each person under the centre they worked at on that
     * day. One statement; the levels above a centre add these rows up.
     * <p>
     * Assignments are first added up per person (one pass over the assignment table, grouped by an
     * integer), and only those few thousand per-person rows are joined to employment and grouped by
     * centre: joining every assignment to its employment and centre first, then grouping the
     * wide rows, took 2-5 times as long (see CompletionBenchmark).
     */
    @Query("""
        select new org.centrecpd.training.domain.CentreTotals(la.id, la.name, pr.id, pr.name, g.id, g.name, c.id, c.name,
            count(distinct e.personId), coalesce(sum(t.assigned), 0), coalesce(sum(t.completed), 0), coalesce(sum(t.overdue), 0),
            coalesce(sum(t.renewalDue), 0), coalesce(sum(t.expired), 0))
        from StaffPost e join CentreName c on c.id = e.centreId join AuthorityName la on la.id = c.localAuthorityId
        left join CentreCommission ca on ca.centreId = c.id and in_force(ca.period.validFrom, ca.period.validTo, :day)
        left join ProviderName pr on pr.id = ca.providerId left join GroupName g on g.id = ca.groupId
        left join (""" + PER_PERSON + """
            ) t on t.personId = e.personId
        where in_force(e.period.validFrom, e.period.validTo, :day)
          and """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END + """
        group by la.id, la.name, pr.id, pr.name, g.id, g.name, c.id, c.name
        order by la.name, pr.name, g.name, c.name, c.id""")
    List<CentreTotals> rollUp(@Param("scope") CentreScope scope, @Param("day") LocalDate day);

    /**
     * Each person's assignments in force on {@code :day}: how many, completed (still valid, renewal due or not),
     * overdue, renewal due, expired (a derived table of the roll-up).
     * Counted with {@code filter (where …)}, which H2 and PostgreSQL both run natively: at
     * CompletionBenchmark's size about 7 ms faster on H2 than summing a {@code case} per row (76 → 69 ms
     * in one run), and with the nested status rule about 3.5 ms faster on PostgreSQL (32.5 → 28.9 ms).
     * {@code count(*)} rather than {@code count(a.id)} (the same here: every row is an assignment):
     * H2 then reads no column for it, another ~8 ms (74 → 66 ms).
     */
    String PER_PERSON = """
        select a.personId as personId, count(*) as assigned,
               count(*) filter (where """ + TrainingStatus.VALID_SQL + """
                   ) as completed,
               count(*) filter (where """ + TrainingStatus.SQL + """
                   = 1) as overdue,
               count(*) filter (where """ + TrainingStatus.SQL + """
                   = 4) as renewalDue,
               count(*) filter (where """ + TrainingStatus.SQL + """
                   = 3) as expired
        from Assignment a where """ + TrainingStatus.LIVE + """
        group by a.personId""";

    /**
     * Core-purpose coverage of a centre as at {@code day}: for each area, how many of the people
     * working there that day had completed (by then) a course whose current version is tagged with it.
     * Areas nobody covers are absent; the caller adds them as gaps.
     */
    @Query("""
        select new org.centrecpd.training.domain.AreaCoverage(area, count(distinct e.personId))
        from StaffPost e, CompletionRecord cc join CourseListing c on c.id = cc.courseId join c.current v join v.corePurpose area
        where e.centreId = :centreId and in_force(e.period.validFrom, e.period.validTo, :day)
          and cc.personId = e.personId and cc.completedOn <= :day
        group by area""")
    List<org.centrecpd.training.domain.AreaCoverage> coverage(@Param("centreId") long centreId, @Param("day") LocalDate day);

    /** How many people worked at a centre on {@code day}. */
    @Query("""
        select count(distinct e.personId) from StaffPost e
        where e.centreId = :centreId and in_force(e.period.validFrom, e.period.validTo, :day)""")
    long staffOn(@Param("centreId") long centreId, @Param("day") LocalDate day);
}
