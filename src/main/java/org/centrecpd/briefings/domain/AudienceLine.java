package org.centrecpd.briefings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.briefings.AudienceKind;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.PlaceOrRole;

/** One line of whom a briefing is for: a place by id, or a job role. */
@Entity
@Table(name = "briefing_audience")
public class AudienceLine extends PlaceOrRole {

    @Column(name = "briefing_id", nullable = false)
    private long briefingId;

    protected AudienceLine() {
    }

    private AudienceLine(long briefingId, AudienceKind kind, long targetId) {
        super(kind.name(), targetId);
        this.briefingId = briefingId;
    }

    private AudienceLine(long briefingId, JobRole role) {
        super(role);
        this.briefingId = briefingId;
    }

    public static AudienceLine place(long briefingId, AudienceKind kind, long targetId) {
        return new AudienceLine(briefingId, kind, targetId);
    }

    public static AudienceLine role(long briefingId, JobRole role) {
        return new AudienceLine(briefingId, role);
    }

    public long getBriefingId() { return briefingId; }
    public AudienceKind getKind() { return AudienceKind.valueOf(kindName()); }
}
