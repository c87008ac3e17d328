package org.centrecpd.training.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * What the CourseCompleted listener needs: the open assignments of one person and course, to stamp
 * the completion on. It runs after the learner's own transaction, with no one signed in, and shows
 * nothing to anyone, so it is not scoped (the person and course come from the event).
 */
public interface CompletionStamps extends Repository<Assignment, Long> {

    @Query("select a from Assignment a where a.personId = :personId and a.courseId = :courseId and a.cancelledOn is null")
    List<Assignment> open(@Param("personId") long personId, @Param("courseId") long courseId);

    @Query("select c.id from CourseListing c where c.slug = :slug")
    Optional<Long> courseId(@Param("slug") String slug);
}
