package org.centrecpd.journal.service;

import java.time.LocalDate;

/** What "My journal" is narrowed to; null (or blank text) means "any". Dates are inclusive days written. */
public record EntryFilter(String text, String courseSlug, String areaId, String tag, LocalDate from, LocalDate to) {

    public static EntryFilter all() {
        return new EntryFilter("", null, null, null, null, null);
    }
}
