package org.centrecpd.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.centrecpd.base.AbstractEntity;

/** A person whose data neither the retention job nor an erasure may touch, while it holds (an investigation, a claim). */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "placed_by", nullable = false)
    private String placedBy;

    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;

    protected LegalHold() {
    }

    public LegalHold(long personId, String reason, String placedBy, LocalDate placedOn) {
        this.personId = personId;
        this.reason = reason;
        this.placedBy = placedBy;
        this.placedOn = placedOn;
    }

    public long getPersonId() { return personId; }
    public String getReason() { return reason; }
    public String getPlacedBy() { return placedBy; }
    public LocalDate getPlacedOn() { return placedOn; }
}
