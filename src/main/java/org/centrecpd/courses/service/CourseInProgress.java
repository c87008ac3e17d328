package org.centrecpd.courses.service;

/** A course the signed-in learner started and has not completed. */
public record CourseInProgress(String slug, String title) {
}
