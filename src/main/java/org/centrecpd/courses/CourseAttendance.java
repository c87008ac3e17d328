package org.centrecpd.courses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Completing a course by attending it (a workshop session), for the module that runs sessions. It
 * records the completion through the same path as finishing the units of a self-study course and
 * announces it with {@link CourseCompleted}, so assignments, the training matrix and certificates
 * see no difference.
 * <p>
 * The caller decides who may record attendance (the session's facilitator or organiser); nothing
 * here is reachable from a view.
 */
public interface CourseAttendance {

    /**
     * Records that {@code personId} completed the published course {@code courseSlug} by attending on
     * {@code day}, counting {@code cpdHours}. Attending again on another day is a new completion; the
     * same day twice records nothing new.
     *
     * @return the completion's id, or empty if one was already recorded for that day
     */
    Optional<Long> completedByAttending(long personId, String courseSlug, LocalDate day, BigDecimal cpdHours);
}
