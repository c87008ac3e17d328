package org.centrecpd.workshops.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.centrecpd.base.VersionedEntity;

/**
 * A session of a workshop course, run for one centre. Times are local UK times. The number of places
 * taken ({@code booked}) is changed only by the database statements of {@link BookingRepository},
 * never through this object, so the limit is the database's.
 */
@Entity
@Table(name = "workshop_session")
public class WorkshopSession extends VersionedEntity {

    /** A week: places a centre reserved and has not used go back to everyone this many days before the session. */
    public static final int DEFAULT_RELEASE_DAYS = 7;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "venue_centre_id")
    private Long venueCentreId;

    @Column(name = "venue_address")
    private String venueAddress;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(nullable = false)
    private int capacity;

    @Column(insertable = false, updatable = false)
    private int booked;

    private String notes;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "booking_closes_hours")
    private Integer bookingClosesHours;

    @Column(name = "cancel_closes_hours")
    private Integer cancelClosesHours;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "offer_hours")
    private Integer offerHours;

    @Column(name = "reservation_release_days", nullable = false)
    private int reservationReleaseDays = DEFAULT_RELEASE_DAYS;

    @ElementCollection
    @CollectionTable(name = "workshop_facilitator", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id")
    private Set<Long> facilitators = new HashSet<>();

    protected WorkshopSession() {
    }

    public WorkshopSession(long courseId, long centreId, Long requestId, Long createdBy) {
        this.courseId = courseId;
        this.centreId = centreId;
        this.requestId = requestId;
        this.createdBy = createdBy;
    }

    /** Sets what the organiser entered; the service has checked it. */
    public void describe(LocalDateTime startsAt, LocalDateTime endsAt, Long venueCentreId, String venueAddress, String onlineLink,
                         int capacity, String notes, Set<Long> facilitators) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.venueCentreId = venueCentreId;
        this.venueAddress = venueAddress;
        this.onlineLink = onlineLink;
        this.capacity = capacity;
        this.notes = notes;
        this.facilitators.clear();
        this.facilitators.addAll(facilitators);
    }

    public void cancel(LocalDate day, String reason) {
        cancelledOn = day;
        cancelReason = reason;
    }

    /** The session's booking rules: cut-offs in hours before the start (null: until it starts), and manager approval. */
    public void setRules(Integer bookingClosesHours, Integer cancelClosesHours, boolean approvalRequired, Integer offerHours) {
        this.bookingClosesHours = bookingClosesHours;
        this.cancelClosesHours = cancelClosesHours;
        this.approvalRequired = approvalRequired;
        this.offerHours = offerHours;
    }

    /** Hours a place from the waitlist is held for the person offered it (null: given at once). */
    public Integer getOfferHours() { return offerHours; }

    /** Whether booking is closed at {@code now}: the session has started, or its booking cut-off has passed. */
    /** Centres' reservations still hold their places at {@code now}: it is before the release day (days before the start). */
    public boolean reservationsHeldAt(LocalDateTime now) {
        return startsAt.minusDays(reservationReleaseDays).isAfter(now);
    }

    public boolean bookingClosedAt(LocalDateTime now) {
        return !startsAt.minusHours(bookingClosesHours == null ? 0 : bookingClosesHours).isAfter(now);
    }

    /** Whether the person booked may no longer cancel at {@code now} (a manager still may, for them). */
    public boolean cancellingClosedAt(LocalDateTime now) {
        return cancelClosesHours != null && !startsAt.minusHours(cancelClosesHours).isAfter(now);
    }

    /** Days before the start when a centre's unused reserved places are released. */
    public int getReservationReleaseDays() { return reservationReleaseDays; }
    public void setReservationReleaseDays(int days) { this.reservationReleaseDays = days; }

    public Integer getBookingClosesHours() { return bookingClosesHours; }
    public Integer getCancelClosesHours() { return cancelClosesHours; }
    public boolean isApprovalRequired() { return approvalRequired; }

    public long getCourseId() { return courseId; }
    public long getCentreId() { return centreId; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public Long getVenueCentreId() { return venueCentreId; }
    public String getVenueAddress() { return venueAddress; }
    public String getOnlineLink() { return onlineLink; }
    public int getCapacity() { return capacity; }
    public int getBooked() { return booked; }
    public String getNotes() { return notes; }
    public Long getRequestId() { return requestId; }
    public LocalDate getCancelledOn() { return cancelledOn; }
    public String getCancelReason() { return cancelReason; }
    public Set<Long> getFacilitators() { return Set.copyOf(facilitators); }

    public boolean isCancelled() {
        return cancelledOn != null;
    }
}
