package org.centrecpd.courses.domain;

import org.centrecpd.base.ScopedData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

@ScopedData
public interface CourseCompletionRepository extends JpaRepository<CourseCompletion, Long> {

    /** The latest of a person's completions of a course (a course can be completed again: a re-take, another session). */
    Optional<CourseCompletion> findFirstByPersonIdAndCourseIdOrderByCompletedOnDesc(long personId, long courseId);

    Optional<CourseCompletion> findByPersonIdAndCourseIdAndCompletedOn(long personId, long courseId, LocalDate completedOn);

    /** Has the person attended a session of the course (a completion recorded from the register)? */
    @Query("select count(c) > 0 from CourseCompletion c where c.personId = :personId and c.courseId = :courseId and c.source = 'ATTENDANCE'")
    boolean attended(long personId, long courseId);

    boolean existsByPersonIdAndCourseIdAndCompletedOn(long personId, long courseId, LocalDate completedOn);

    @Query("select distinct c.courseId from CourseCompletion c where c.personId = :personId")
    List<Long> completedCourseIds(long personId);

    /** A person's CPD hours from completed courses: since {@code from}, and in total. */
    @Query("""
        select new org.centrecpd.courses.domain.CpdHours(
            coalesce(sum(case when c.completedOn >= :from then c.cpdHours else 0bd end), 0bd), coalesce(sum(c.cpdHours), 0bd))
        from CourseCompletion c where c.personId = :personId""")
    CpdHours hours(long personId, LocalDate from);
}
