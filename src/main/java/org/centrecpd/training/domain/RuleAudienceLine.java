package org.centrecpd.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.PlaceOrRole;

/**
 * One line of a rule's audience: a place (a centre, or every centre of an authority, or of a provider or group on
 * the day asked about) or a job role. Places add up; roles, if any, narrow them.
 */
@Entity
@Table(name = "assignment_rule_audience")
public class RuleAudienceLine extends PlaceOrRole {

    /** The kinds of line, as stored (strings, so that the queries can name them). */
    public static final String CENTRE = "CENTRE";
    public static final String GROUP = "GROUP";
    public static final String PROVIDER = "PROVIDER";
    public static final String AUTHORITY = "AUTHORITY";
    public static final String ROLE = PlaceOrRole.ROLE;

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    protected RuleAudienceLine() {
    }

    private RuleAudienceLine(long ruleId, String kind, long targetId) {
        super(kind, targetId);
        this.ruleId = ruleId;
    }

    private RuleAudienceLine(long ruleId, JobRole role) {
        super(role);
        this.ruleId = ruleId;
    }

    public static RuleAudienceLine place(long ruleId, String kind, long targetId) {
        return new RuleAudienceLine(ruleId, kind, targetId);
    }

    public static RuleAudienceLine role(long ruleId, JobRole role) {
        return new RuleAudienceLine(ruleId, role);
    }

    public long getRuleId() { return ruleId; }
    public String getKind() { return kindName(); }
}
