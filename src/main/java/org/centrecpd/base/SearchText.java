package org.centrecpd.base;

import java.util.Locale;

/**
 * What a user typed in a search or filter box, as a case-insensitive SQL {@code like} pattern that
 * matches it anywhere. The typed text is matched literally: {@code %}, {@code _} and the escape
 * character are escaped, so queries must say {@code like :pattern escape '\'}.
 */
public final class SearchText {

    public static final char ESCAPE = '\\';

    private SearchText() {
    }

    /** {@code %} (everything) for a blank box. */
    public static String containing(String typed) {
        if (typed == null || typed.isBlank()) {
            return "%";
        }
        String literal = typed.strip().toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
