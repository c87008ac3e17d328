package org.centrecpd.training.domain;

import org.centrecpd.base.VersionedEntity;
import org.centrecpd.training.TrainingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A course assigned to a person (not to a centre: it follows them when they move). Made in bulk by
 * {@link AssignmentRepository#assign}; changed only by cancelling (kept, with its date) and by a
 * completion being recorded.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends VersionedEntity {


    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "refresh_months")
    private Integer refreshMonths;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "renewal_window_days", nullable = false)
    private int renewalWindowDays = 60;

    @Column(name = "renewal_opens_on")
    private LocalDate renewalOpensOn;

    /** The {@link AssignmentRule} that made it (null: assigned by hand), and when its person joined and left the rule's audience. */
    @Column(name = "rule_id")
    private Long ruleId;

    @Column(name = "rule_joined_on")
    private LocalDate ruleJoinedOn;

    @Column(name = "rule_left_on")
    private LocalDate ruleLeftOn;


    protected Assignment() {
    }

    public long getPersonId() { return personId; }
    public long getCourseId() { return courseId; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isRequired() { return required; }
    public Integer getRefreshMonths() { return refreshMonths; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public LocalDate getCancelledOn() { return cancelledOn; }
    public LocalDate getCompletedOn() { return completedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public int getRenewalWindowDays() { return renewalWindowDays; }
    public LocalDate getRenewalOpensOn() { return renewalOpensOn; }
    public Long getRuleId() { return ruleId; }
    public LocalDate getRuleJoinedOn() { return ruleJoinedOn; }
    public LocalDate getRuleLeftOn() { return ruleLeftOn; }

    public boolean isCancelled() {
        return cancelledOn != null;
    }

    /**
     * Records a completion made on {@code day}; a recurring assignment is then a certification valid for
     * {@code refreshMonths} (see {@link TrainingStatus#validity}), its renewal window opening
     * {@code renewalWindowDays} before it ends. An older completion never replaces a newer one.
     *
     * @return whether this completion replaced the one recorded (a new certification period began)
     */
    public boolean complete(LocalDate day) {
        if (completedOn == null || completedOn.isBefore(day)) {
            TrainingStatus.Validity validity = TrainingStatus.validity(day, refreshMonths, renewalWindowDays, renewalOpensOn, expiresOn);
            completedOn = day;
            expiresOn = validity == null ? null : validity.validUntil();
            renewalOpensOn = validity == null ? null : validity.renewalOpensOn();
            return true;
        }
        return false;
    }

    /** Stops counting from {@code day}; the row stays, so history "as at" an earlier day is unchanged. */
    public void cancel(LocalDate day, long byAccount) {
        if (cancelledOn == null) {
            cancelledOn = day.isBefore(assignedOn) ? assignedOn : day;
            cancelledBy = byAccount;
        }
    }
}
