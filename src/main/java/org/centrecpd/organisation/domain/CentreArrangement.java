package org.centrecpd.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * Who runs a centre, and in which group, from one date until the next. Rows of one centre never
 * overlap: {@code validTo} is exclusive and null for the arrangement in force now. Recommissioning
 * closes the current row and opens a new one, so "as at" any past date stays answerable.
 */
@Entity
@Table(name = "centre_arrangement")
public class CentreArrangement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_group_id")
    private CentreGroup group;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    private String reason;

    @Version
    private long version;

    protected CentreArrangement() {
    }

    public CentreArrangement(Centre centre, Provider provider, CentreGroup group, LocalDate validFrom, String reason) {
        this.centre = centre;
        this.provider = provider;
        this.group = group;
        this.validFrom = validFrom;
        this.reason = reason;
    }

    public boolean isInForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    /** Ends this arrangement on {@code date} (exclusive): the next one starts that day. */
    public void endOn(LocalDate date) {
        if (!date.isAfter(validFrom)) {
            throw new IllegalArgumentException("An arrangement must end after it started (" + validFrom + ")");
        }
        this.validTo = date;
    }

    public Long getId() { return id; }
    public Centre getCentre() { return centre; }
    public Provider getProvider() { return provider; }
    public CentreGroup getGroup() { return group; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getReason() { return reason; }
}
