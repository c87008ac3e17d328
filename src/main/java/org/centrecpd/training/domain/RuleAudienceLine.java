package org.centrecpd.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.centrecpd.organisation.JobRole;

/**
 * One line of a rule's audience: a place (a centre, or every centre of an authority, or of a provider or group on
 * the day asked about) or a job role. Places add up; roles, if any, narrow them.
 */
@Entity
@Table(name = "assignment_rule_audience")
public class RuleAudienceLine extends AbstractEntity {

    /** The kinds of line, as stored (strings, so that the queries can name them). */
    public static final String CENTRE = "CENTRE";
    public static final String GROUP = "GROUP";
    public static final String PROVIDER = "PROVIDER";
    public static final String AUTHORITY = "AUTHORITY";
    public static final String ROLE = "ROLE";

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "target_id")
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role")
    private JobRole jobRole;

    protected RuleAudienceLine() {
    }

    public static RuleAudienceLine place(long ruleId, String kind, long targetId) {
        RuleAudienceLine line = new RuleAudienceLine();
        line.ruleId = ruleId;
        line.kind = kind;
        line.targetId = targetId;
        return line;
    }

    public static RuleAudienceLine role(long ruleId, JobRole role) {
        RuleAudienceLine line = new RuleAudienceLine();
        line.ruleId = ruleId;
        line.kind = ROLE;
        line.jobRole = role;
        return line;
    }

    public long getRuleId() { return ruleId; }
    public String getKind() { return kind; }
    public Long getTargetId() { return targetId; }
    public JobRole getJobRole() { return jobRole; }
}
