package org.centrecpd.briefings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.centrecpd.briefings.AudienceKind;
import org.centrecpd.organisation.JobRole;

/** One line of whom a briefing is for: a place by id, or a job role. */
@Entity
@Table(name = "briefing_audience")
public class AudienceLine extends AbstractEntity {

    @Column(name = "briefing_id", nullable = false)
    private long briefingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AudienceKind kind;

    @Column(name = "target_id")
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role")
    private JobRole jobRole;

    protected AudienceLine() {
    }

    public static AudienceLine place(long briefingId, AudienceKind kind, long targetId) {
        AudienceLine line = new AudienceLine();
        line.briefingId = briefingId;
        line.kind = kind;
        line.targetId = targetId;
        return line;
    }

    public static AudienceLine role(long briefingId, JobRole role) {
        AudienceLine line = new AudienceLine();
        line.briefingId = briefingId;
        line.kind = AudienceKind.ROLE;
        line.jobRole = role;
        return line;
    }

    public long getBriefingId() { return briefingId; }
    public AudienceKind getKind() { return kind; }
    public Long getTargetId() { return targetId; }
    public JobRole getJobRole() { return jobRole; }
}
