package org.centrecpd.training.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
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

    /**
     * Records the certification period each recurring assignment of the course (of one person, or everyone: -1)
     * now holds, unless it is recorded already: one statement, after completions are stamped or assignments made
     * with an earlier completion. A period is never changed, so re-running records nothing twice.
     */
    @Modifying
    @Query("""
        insert into CertificationPeriod (assignmentId, personId, courseId, completedOn, validFrom, validUntil, renewalOpensOn)
        select a.id, a.personId, a.courseId, a.completedOn, a.completedOn, a.expiresOn, a.renewalOpensOn from Assignment a
        where a.courseId = :courseId and (:personId = -1 or a.personId = :personId)
          and a.completedOn is not null and a.expiresOn is not null
          and not exists (select 1 from CertificationPeriod p where p.assignmentId = a.id and p.completedOn = a.completedOn)""")
    int recordPeriods(@Param("courseId") long courseId, @Param("personId") long personId);

    @Query("select c.id from CourseListing c where c.slug = :slug")
    Optional<Long> courseId(@Param("slug") String slug);
}
