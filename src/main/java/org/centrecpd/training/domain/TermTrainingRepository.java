package org.centrecpd.training.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.centrecpd.training.CourseFigures;
import org.centrecpd.training.TrainingStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Training as at a day for the termly review's pack: a centre's staff on that day (organisation's
 * {@code StaffPost}) with the assignments in force then, per course and kind; and the same added up over a
 * whole local authority, for the comparison with the authority's average. Each is one statement, driven from the
 * staff on the day (a join, not {@code personId in (subquery)}: H2 evaluates that subquery again for every
 * assignment, which made one centre's pack take 1.5 s at CompletionBenchmark's size).
 */
@ScopedData
public interface TermTrainingRepository extends Repository<Assignment, Long> {

    @Query("""
        select new org.centrecpd.training.CourseFigures(c.id, v.title, a.required, count(a),
            coalesce(sum(case when """ + TrainingStatus.SQL + """
                = 2 then 1 else 0 end), 0),
            coalesce(sum(case when """ + TrainingStatus.SQL + """
                = 1 then 1 else 0 end), 0))
        from StaffPost e join Assignment a on a.personId = e.personId join CourseListing c on c.id = a.courseId join c.current v
        where e.centreId = :centreId and in_force(e.period.validFrom, e.period.validTo, :day)
          and """ + TrainingStatus.LIVE + """
        group by c.id, v.title, a.required
        order by a.required desc, v.title, c.id""")
    List<CourseFigures> byCourse(@Param("centreId") long centreId, @Param("day") LocalDate day);

    @Query("""
        select new org.centrecpd.training.CourseFigures(0L, '', true, count(a),
            coalesce(sum(case when """ + TrainingStatus.SQL + """
                = 2 then 1 else 0 end), 0),
            coalesce(sum(case when """ + TrainingStatus.SQL + """
                = 1 then 1 else 0 end), 0))
        from StaffPost e join CentreName c on c.id = e.centreId join Assignment a on a.personId = e.personId
        where c.localAuthorityId = :authorityId and in_force(e.period.validFrom, e.period.validTo, :day)
          and """ + TrainingStatus.LIVE)
    CourseFigures authority(@Param("authorityId") long authorityId, @Param("day") LocalDate day);
}
