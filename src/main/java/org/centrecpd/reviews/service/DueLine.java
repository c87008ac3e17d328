package org.centrecpd.reviews.service;

import java.time.LocalDate;
import org.centrecpd.reviews.ReviewStatus;

/**
 * A centre whose review falls in the chosen term, and where it stands: not started, draft, shared, signed
 * off; {@code overdue} once the term is over and it is not signed off.
 */
public record DueLine(long centreId, String centre, String authority, String provider, String group, long termId,
                      LocalDate termLastDay, Long reviewId, ReviewStatus status, String partner, boolean overdue) {

    /** Translation key of the state in words. */
    public String stateKey() {
        return status == null ? "reviews.status.not_started" : status.key();
    }
}
