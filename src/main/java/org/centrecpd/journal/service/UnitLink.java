package org.centrecpd.journal.service;

/** A course unit an entry belongs to, or is linked to. */
public record UnitLink(String courseSlug, String courseTitle, String unitKey, String unitTitle) {
}
