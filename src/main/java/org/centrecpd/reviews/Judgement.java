package org.centrecpd.reviews;

/** The partner's judgement of one core-purpose area at a review, always shown in words (never colour alone). */
public enum Judgement {
    STRONG, DEVELOPING, NEEDS_ATTENTION;

    /** Translation key. */
    public String key() {
        return "reviews.judgement." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
