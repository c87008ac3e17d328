package org.centrecpd.briefings;

/** A draft; scheduled (published on its publication date); published; withdrawn (its history kept). */
public enum BriefingStatus {
    DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN;

    public String key() {
        return "briefings.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
