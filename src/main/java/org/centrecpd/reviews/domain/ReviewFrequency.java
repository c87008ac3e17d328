package org.centrecpd.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.VersionedEntity;

/** How many times a year an authority reviews each centre (3, 2 or 1); without a row, every term. */
@Entity
@Table(name = "review_frequency")
public class ReviewFrequency extends VersionedEntity {

    @Column(name = "local_authority_id", nullable = false)
    private long localAuthorityId;

    @Column(name = "reviews_per_year", nullable = false)
    private int reviewsPerYear;

    protected ReviewFrequency() {
    }

    public ReviewFrequency(long localAuthorityId, int reviewsPerYear) {
        this.localAuthorityId = localAuthorityId;
        change(reviewsPerYear);
    }

    public long getLocalAuthorityId() { return localAuthorityId; }
    public int getReviewsPerYear() { return reviewsPerYear; }

    public void change(int perYear) {
        if (perYear < 1 || perYear > 3) {
            throw new IllegalArgumentException("1, 2 or 3 reviews a year");
        }
        this.reviewsPerYear = perYear;
    }
}
