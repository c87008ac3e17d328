package org.centrecpd.journal.service;

import org.centrecpd.journal.domain.EntryUnit;

/** A course unit an entry belongs to, or is linked to. */
public record UnitLink(String courseSlug, String courseTitle, String unitKey, String unitTitle) {

    static UnitLink of(EntryUnit unit) {
        return new UnitLink(unit.courseSlug(), unit.courseTitle(), unit.unitKey(), unit.unitTitle());
    }
}
