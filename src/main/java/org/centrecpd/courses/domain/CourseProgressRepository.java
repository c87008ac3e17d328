package org.centrecpd.courses.domain;

import org.centrecpd.base.ScopedData;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

@ScopedData
public interface CourseProgressRepository extends JpaRepository<CourseProgress, Long> {

    Optional<CourseProgress> findByPersonIdAndCourseId(long personId, long courseId);

    @Query("select p.courseId from CourseProgress p where p.personId = :personId")
    List<Long> startedCourseIds(long personId);
}
