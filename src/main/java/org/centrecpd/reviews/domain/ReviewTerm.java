package org.centrecpd.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.centrecpd.base.Period;
import org.centrecpd.base.VersionedEntity;
import org.centrecpd.reviews.Season;

/**
 * One of an authority's terms: its dates as a {@link Period} (the end exclusive, so the last day is the day
 * before). A review's figures are as at {@link #lastDay()}.
 */
@Entity
@Table(name = "review_term")
public class ReviewTerm extends VersionedEntity {

    @Column(name = "local_authority_id", nullable = false)
    private long localAuthorityId;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Season season;

    @Embedded
    private Period period;

    protected ReviewTerm() {
    }

    public ReviewTerm(long localAuthorityId, int schoolYear, Season season, Period period) {
        this.localAuthorityId = localAuthorityId;
        this.schoolYear = schoolYear;
        this.season = season;
        this.period = period;
    }

    public long getLocalAuthorityId() { return localAuthorityId; }
    public int getSchoolYear() { return schoolYear; }
    public Season getSeason() { return season; }
    public Period getPeriod() { return period; }

    public LocalDate firstDay() {
        return period.validFrom();
    }

    /** The term's last day: the pack's figures are as at this day. */
    public LocalDate lastDay() {
        return period.validTo().minusDays(1);
    }

    public void moveTo(Period dates) {
        if (dates.validTo() == null) {
            throw new IllegalArgumentException("A term ends");
        }
        this.period = dates;
    }
}
