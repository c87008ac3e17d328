package org.centrecpd.workshops.service;

import org.centrecpd.base.RuleViolation;

/** The module's free-text fields: blank is absent, surrounding spaces go, and each has its own longest length. */
final class FormText {

    private FormText() {
    }

    static String required(String text, String missingKey, int max) {
        String value = optional(text, max);
        if (value == null) {
            throw new RuleViolation(missingKey);
        }
        return value;
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > max) {
            throw new RuleViolation("workshops.text.tooLong", max);
        }
        return text.strip();
    }
}
