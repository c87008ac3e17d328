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
