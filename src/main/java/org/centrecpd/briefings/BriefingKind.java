package org.centrecpd.briefings;

/** For information, or action required by a date. */
public enum BriefingKind {
    INFORMATION, ACTION_REQUIRED;

    public String key() {
        return "briefings.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
