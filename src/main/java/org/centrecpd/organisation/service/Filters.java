package org.centrecpd.organisation.service;

import java.util.Locale;

/** Turns what a user typed in a filter box into a case-insensitive SQL {@code like} pattern. */
final class Filters {

    private Filters() {
    }

    static String pattern(String typed) {
        if (typed == null || typed.isBlank()) {
            return "%";
        }
        String escaped = typed.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
