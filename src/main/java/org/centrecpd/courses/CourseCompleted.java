package org.centrecpd.courses;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published when a learner completes every unit of a course. Other modules (training: assignments
 * and certificates) listen for it; courses knows nothing about them.
 *
 * @param version the course version the learner completed
 */
public record CourseCompleted(long personId, String courseSlug, int version, BigDecimal cpdHours, LocalDate completedOn) {
}
