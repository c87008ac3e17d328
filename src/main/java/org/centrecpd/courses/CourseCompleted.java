package org.centrecpd.courses;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published when a learner completes every unit of a course. Other modules (training: assignments
 * and certificates) listen for it; courses knows nothing about them. It is published in the
 * completion's transaction and kept in Spring Modulith's event publication registry until each
 * listener has handled it: listen with {@code @ApplicationModuleListener}, and a listener that fails
 * is delivered the event again, never skipped.
 *
 * @param version the course version the learner completed
 */
public record CourseCompleted(long personId, String courseSlug, int version, BigDecimal cpdHours, LocalDate completedOn) {
}
