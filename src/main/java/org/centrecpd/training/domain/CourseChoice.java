package org.centrecpd.training.domain;

/** A course that can be assigned. */
public record CourseChoice(long id, String slug, String title) {
}
