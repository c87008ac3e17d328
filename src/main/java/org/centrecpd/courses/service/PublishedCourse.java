package org.centrecpd.courses.service;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.centrecpd.courses.CourseKind;

/**
 * A course as the admin overview lists it: what learners see now. {@code estimatedHours}: how long its
 * content takes (see TimeEstimate), from the last import; null when that import did not read these files.
 */
public record PublishedCourse(String slug, String title, CourseKind kind, String folder, int version, int units,
                              int questions, BigDecimal cpdHours, BigDecimal estimatedHours, LocalDateTime importedAt) {
}
