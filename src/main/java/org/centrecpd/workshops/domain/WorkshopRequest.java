package org.centrecpd.workshops.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.centrecpd.base.VersionedEntity;

/** A centre manager's request for a workshop at their centre. */
@Entity
@Table(name = "workshop_request")
public class WorkshopRequest extends VersionedEntity {

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "preferred_dates", nullable = false)
    private String preferredDates;

    @Column(name = "expected_people", nullable = false)
    private int expectedPeople;

    @Column(name = "what_changes", nullable = false)
    private String whatChanges;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "session_id")
    private Long sessionId;

    protected WorkshopRequest() {
    }

    public WorkshopRequest(long centreId, long courseId, long requestedBy, LocalDate requestedOn, String preferredDates,
                           int expectedPeople, String whatChanges) {
        this.centreId = centreId;
        this.courseId = courseId;
        this.requestedBy = requestedBy;
        this.requestedOn = requestedOn;
        this.preferredDates = preferredDates;
        this.expectedPeople = expectedPeople;
        this.whatChanges = whatChanges;
        this.status = RequestStatus.OPEN;
    }

    public void scheduled(long sessionId, long by, LocalDate day) {
        this.status = RequestStatus.SCHEDULED;
        this.sessionId = sessionId;
        this.decidedBy = by;
        this.decidedOn = day;
    }

    public void decline(String reason, long by, LocalDate day) {
        this.status = RequestStatus.DECLINED;
        this.declineReason = reason;
        this.decidedBy = by;
        this.decidedOn = day;
    }

    public long getCentreId() { return centreId; }
    public long getCourseId() { return courseId; }
    public RequestStatus getStatus() { return status; }
    public Long getSessionId() { return sessionId; }
}
