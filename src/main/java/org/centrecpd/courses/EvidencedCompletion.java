package org.centrecpd.courses;

import java.time.LocalDate;

/**
 * Completing a course by evidence of learning done elsewhere, verified by the learner's manager and mapped to this
 * course (training's external CPD). Recorded like any completion, with source {@code EXTERNAL_EVIDENCE} and no hours
 * of its own, and announced with {@link CourseCompleted}, so the course's assignment is satisfied (for its validity,
 * from {@code day}) as by finishing it here. The caller decides who may map evidence; nothing here is reachable from
 * a view.
 */
public interface EvidencedCompletion {

    /**
     * Records that {@code personId} completed the published course {@code courseId} on {@code day}, as verified evidence
     * shows. A completion already recorded that day is reused.
     *
     * @return the completion's id
     */
    long completedElsewhere(long personId, long courseId, LocalDate day);
}
