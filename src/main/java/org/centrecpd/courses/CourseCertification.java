package org.centrecpd.courses;

/**
 * What a course's own file says about certification (issue 32 §1): a completion counts for {@code validityMonths}
 * (null: taken once, nothing to renew) and its renewal window opens {@code renewalWindowDays} days before it ends
 * (null: the assigner's default). Defaults the assign and rule dialogs start from; an assignment keeps its own copy.
 * The limits are the ones the assignment itself allows, so a course can never suggest what training would refuse.
 */
public record CourseCertification(Integer validityMonths, Integer renewalWindowDays) {

    /** Longest validity a course or an assignment may give: ten years. */
    public static final int MAX_VALIDITY_MONTHS = 120;
    /** Longest renewal window: a year. */
    public static final int MAX_RENEWAL_WINDOW_DAYS = 366;

    public static final CourseCertification NONE = new CourseCertification(null, null);
}
