package org.centrecpd.journal.domain;

/**
 * A course unit one of a person's entries belongs to (a course answer) or is linked to (a
 * reflection), with the titles the entry keeps. The service hands it on as a {@code UnitLink}.
 */
public record EntryUnit(String courseSlug, String courseTitle, String unitKey, String unitTitle) {
}
