package org.centrecpd.courses.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseCompletionRepository extends JpaRepository<CourseCompletion, Long> {

    Optional<CourseCompletion> findByPersonIdAndCourseId(long personId, long courseId);

    @Query("select c.courseId from CourseCompletion c where c.personId = :personId")
    List<Long> completedCourseIds(long personId);

    @Query("select coalesce(sum(c.cpdHours), 0) from CourseCompletion c where c.personId = :personId and c.completedOn >= :from")
    BigDecimal hoursSince(long personId, LocalDate from);

    @Query("select coalesce(sum(c.cpdHours), 0) from CourseCompletion c where c.personId = :personId")
    BigDecimal hours(long personId);
}
