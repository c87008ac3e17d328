package org.centrecpd.training.service;

/** A course that can be assigned. */
public record CourseChoice(long id, String slug, String title) {
}
