package org.centrecpd.reviews.domain;

import java.time.LocalDate;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.Season;

/** A review in a list: its centre, term and state. */
public record ReviewRow(long reviewId, long centreId, String centre, int schoolYear, Season season, LocalDate termStarts,
                        ReviewStatus status, int revision, String partner) {
}
