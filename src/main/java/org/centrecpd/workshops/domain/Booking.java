package org.centrecpd.workshops.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.centrecpd.base.VersionedEntity;

/** A person's place on a session, or their place in its queue; kept (cancelled) when they withdraw. */
@Entity
@Table(name = "workshop_booking")
public class Booking extends VersionedEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "queue_no", nullable = false)
    private long queueNo;

    @Column(name = "booked_by")
    private Long bookedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Column(name = "completion_id")
    private Long completionId;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "offer_expires_at")
    private LocalDateTime offerExpiresAt;

    /** The centre's reservation whose place this booking took, if it was booked into one. */
    @Column(name = "reservation_id")
    private Long reservationId;

    protected Booking() {
    }

    public Booking(long sessionId, long personId, BookingStatus status, long queueNo, Long bookedBy, LocalDateTime now) {
        this.sessionId = sessionId;
        this.personId = personId;
        this.status = status;
        this.queueNo = queueNo;
        this.bookedBy = bookedBy;
        this.createdAt = now;
        this.changedAt = now;
    }

    /** Booking again after cancelling: a place, or the back of the queue. */
    public void rebook(BookingStatus status, long queueNo, Long bookedBy, LocalDateTime now) {
        this.status = status;
        this.queueNo = queueNo;
        this.bookedBy = bookedBy;
        this.changedAt = now;
        this.attendance = null;
    }

    /** The manager's decision on a booking that waited for approval: the place (or queue) it got, or declined, why. */
    public void decide(BookingStatus status, long queueNo, String reason, long by, LocalDateTime now) {
        this.status = status;
        this.queueNo = queueNo;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.changedAt = now;
    }

    public String getDecisionReason() { return decisionReason; }

    /** Booked into a place of the centre's reservation {@code reservationId}, or (null) into an open place. */
    public Booking takenFrom(Long reservationId) {
        this.reservationId = reservationId;
        return this;
    }

    public Long getReservationId() { return reservationId; }

    /** A place offered from the waitlist, held until {@code expiresAt}. */
    public void offer(LocalDateTime expiresAt, LocalDateTime now) {
        this.status = BookingStatus.OFFERED;
        this.offerExpiresAt = expiresAt;
        this.changedAt = now;
    }

    public LocalDateTime getOfferExpiresAt() { return offerExpiresAt; }

    public void moveTo(BookingStatus status, LocalDateTime now) {
        this.status = status;
        this.changedAt = now;
    }

    public void mark(Attendance attendance, Long completionId) {
        this.attendance = attendance;
        if (completionId != null) {
            this.completionId = completionId;
        }
    }

    public long getSessionId() { return sessionId; }
    public long getPersonId() { return personId; }
    public BookingStatus getStatus() { return status; }
    public long getQueueNo() { return queueNo; }
    public Attendance getAttendance() { return attendance; }
    public Long getCompletionId() { return completionId; }
}
