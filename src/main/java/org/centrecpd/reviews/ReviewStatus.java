package org.centrecpd.reviews;

/**
 * Where a review stands: the partner's draft; shared with the centre's managers, who respond; signed off
 * (frozen, with its snapshot); amended (signed off, then replaced by a newer, linked revision).
 */
public enum ReviewStatus {
    DRAFT, SHARED, SIGNED_OFF, AMENDED;

    public boolean isSignedOff() {
        return this == SIGNED_OFF || this == AMENDED;
    }

    /** Translation key. */
    public String key() {
        return "reviews.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
