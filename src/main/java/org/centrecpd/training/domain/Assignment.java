package org.centrecpd.training.domain;

import org.centrecpd.base.VersionedEntity;
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

    public boolean isCancelled() {
        return cancelledOn != null;
    }

    /**
     * Records a completion made on {@code day}; a recurring assignment expires {@code refreshMonths}
     * later. An older completion never replaces a newer one.
     */
    public void complete(LocalDate day) {
        if (completedOn == null || completedOn.isBefore(day)) {
            completedOn = day;
            expiresOn = refreshMonths == null ? null : day.plusMonths(refreshMonths);
        }
    }

    /** Stops counting from {@code day}; the row stays, so history "as at" an earlier day is unchanged. */
    public void cancel(LocalDate day, long byAccount) {
        if (cancelledOn == null) {
            cancelledOn = day.isBefore(assignedOn) ? assignedOn : day;
            cancelledBy = byAccount;
        }
    }
}
