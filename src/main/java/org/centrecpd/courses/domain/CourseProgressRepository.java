package org.centrecpd.courses.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseProgressRepository extends JpaRepository<CourseProgress, Long> {

    Optional<CourseProgress> findByPersonIdAndCourseId(long personId, long courseId);

    @Query("select p.courseId from CourseProgress p where p.personId = :personId")
    List<Long> startedCourseIds(long personId);
}
