package org.centrecpd.courses.service;

import java.math.BigDecimal;
import org.centrecpd.courses.CourseKind;

/** A course in the catalogue, with where the signed-in learner is with it. */
public record CourseCard(String slug, String title, CourseKind kind, String summary, BigDecimal cpdHours, int units,
                         LearnerStatus status) {
}
