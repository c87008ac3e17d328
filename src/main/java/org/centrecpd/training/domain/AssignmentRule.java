package org.centrecpd.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.centrecpd.base.VersionedEntity;

/**
 * An assignment kept over an audience ({@link RuleAudienceLine}s): everyone in it is assigned the course, due
 * {@code dueDays} after they joined it (or after the rule was made, for those already there). Applied by
 * {@link RuleApplication}; ending it stops new assignments and leaves those made.
 */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule extends VersionedEntity {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "refresh_months")
    private Integer refreshMonths;

    @Column(name = "renewal_window_days", nullable = false)
    private int renewalWindowDays;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_by")
    private Long endedBy;

    protected AssignmentRule() {
    }

    public AssignmentRule(long courseId, LocalDate createdOn, long createdBy) {
        this.courseId = courseId;
        this.createdOn = createdOn;
        this.createdBy = createdBy;
    }

    /** What is assigned and by when; the course stays (a rule for another course is another rule). */
    public void setTerms(int dueDays, boolean required, Integer refreshMonths, int renewalWindowDays) {
        this.dueDays = dueDays;
        this.required = required;
        this.refreshMonths = refreshMonths;
        this.renewalWindowDays = renewalWindowDays;
    }

    public void end(LocalDate day, long byAccount) {
        if (endedOn == null) {
            endedOn = day.isBefore(createdOn) ? createdOn : day;
            endedBy = byAccount;
        }
    }

    public long getCourseId() { return courseId; }
    public int getDueDays() { return dueDays; }
    public boolean isRequired() { return required; }
    public Integer getRefreshMonths() { return refreshMonths; }
    public int getRenewalWindowDays() { return renewalWindowDays; }
    public LocalDate getCreatedOn() { return createdOn; }
    public long getCreatedBy() { return createdBy; }
    public LocalDate getEndedOn() { return endedOn; }

    public boolean isEnded() {
        return endedOn != null;
    }
}
