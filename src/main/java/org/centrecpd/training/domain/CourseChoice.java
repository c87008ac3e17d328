package org.centrecpd.training.domain;

/**
 * A course that can be assigned, with the certification defaults its course file declares: a validity in months
 * (null: taken once) and the days before the end that the renewal window opens (null: the assigner's default).
 */
public record CourseChoice(long id, String slug, String title, Integer validityMonths, Integer renewalWindowDays) {

    /** The renewal window to offer: the course's own, else {@code fallback}. */
    public int renewalWindowOr(int fallback) {
        return renewalWindowDays == null ? fallback : renewalWindowDays;
    }
}
