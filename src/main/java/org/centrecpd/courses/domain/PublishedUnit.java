package org.centrecpd.courses.domain;

/** A unit of a course's current version, with the titles people see. */
public record PublishedUnit(String courseSlug, String courseTitle, String unitKey, String unitTitle) {
}
