package org.centrecpd.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.centrecpd.base.AbstractEntity;

/**
 * One line of an audience, as a briefing and an assignment rule both store theirs: a place by id (a centre, or every
 * centre of an authority, a provider or a group) or a job role ({@link #ROLE}). Places add up; roles, if any, narrow
 * them. Each feature keeps its own table (its lines belong to its own record) with these three columns; which people a
 * line means on a day is the feature's query.
 */
@MappedSuperclass
public abstract class PlaceOrRole extends AbstractEntity {

    /** The kind of a line that names a job role rather than a place, as stored. */
    public static final String ROLE = "ROLE";

    @Column(nullable = false)
    private String kind;

    @Column(name = "target_id")
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role")
    private JobRole jobRole;

    protected PlaceOrRole() {
    }

    /** A place: {@code kind} says what {@code targetId} is (as stored, e.g. "CENTRE"). */
    protected PlaceOrRole(String kind, long targetId) {
        this.kind = kind;
        this.targetId = targetId;
    }

    /** A job role. */
    protected PlaceOrRole(JobRole role) {
        this.kind = ROLE;
        this.jobRole = role;
    }

    /** What the line names, as stored. */
    protected String kindName() {
        return kind;
    }

    public Long getTargetId() {
        return targetId;
    }

    public JobRole getJobRole() {
        return jobRole;
    }
}
