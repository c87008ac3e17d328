package org.centrecpd.organisation.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.centrecpd.base.VersionedEntity;
import org.centrecpd.base.Period;

/**
 * Who runs a centre, and in which group, for a {@link Period}. Periods of one centre never
 * overlap (the service checks it under a lock; PostgreSQL also has an exclusion constraint).
 * Recommissioning ends the current row and opens a new one, so "as at" any past date stays
 * answerable.
 */
@Entity
@Table(name = "centre_arrangement")
public class CentreArrangement extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_group_id")
    private CentreGroup group;

    @Embedded
    private Period period;

    private String reason;

    protected CentreArrangement() {
    }

    public CentreArrangement(Centre centre, Provider provider, CentreGroup group, Period period, String reason) {
        this.centre = centre;
        this.provider = provider;
        this.group = group;
        this.period = period;
        this.reason = reason;
    }

    /** Ends this arrangement on {@code date} (exclusive): the next one starts that day. */
    public void endOn(LocalDate date) {
        if (!date.isAfter(period.validFrom())) {
            throw new IllegalArgumentException("An arrangement must end after it started (" + period.validFrom() + ")");
        }
        this.period = period.endingOn(date);
    }

    public Centre getCentre() { return centre; }
    public Provider getProvider() { return provider; }
    public CentreGroup getGroup() { return group; }
    public Period getPeriod() { return period; }
    public String getReason() { return reason; }
}
