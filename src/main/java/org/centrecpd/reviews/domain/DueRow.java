package org.centrecpd.reviews.domain;

import java.time.LocalDate;
import org.centrecpd.reviews.ReviewStatus;

/**
 * A centre whose review falls in a term, with its review's latest revision if one was begun (else
 * {@code reviewId} and {@code status} are null). {@code termEnds} is exclusive.
 */
public record DueRow(long centreId, String centre, String authority, String provider, String group, long termId,
                     LocalDate termStarts, LocalDate termEnds, Long reviewId, ReviewStatus status, String partner) {
}
