package org.centrecpd.workshops.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.centrecpd.base.VersionedEntity;

/**
 * Places a centre manager holds on a session for their centre. The places count as taken on the session (its
 * {@code booked} column holds them, moved only by {@link ReservationRepository}'s statements); each booking of staff
 * into one is {@code used}; what is unused when the reservation is released goes back to the session.
 */
@Entity
@Table(name = "workshop_reservation")
public class Reservation extends VersionedEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(nullable = false)
    private int places;

    @Column(nullable = false)
    private int used;

    @Column(name = "manager_id")
    private Long managerId;

    @Column(name = "reserved_by")
    private Long reservedBy;

    @Column(name = "reserved_at", nullable = false)
    private LocalDateTime reservedAt;

    @Column(name = "released_at")
    private LocalDateTime releasedAt;

    private Integer released;

    protected Reservation() {
    }

    public Reservation(long sessionId, long centreId, Long managerId, Long reservedBy, LocalDateTime reservedAt) {
        this.sessionId = sessionId;
        this.centreId = centreId;
        this.managerId = managerId;
        this.reservedBy = reservedBy;
        this.reservedAt = reservedAt;
    }

    /** More places held (the session's count has already been raised by as many). */
    public void add(int more) {
        places += more;
    }

    /** One reserved place given to a member of staff. */
    public void use() {
        used++;
    }

    /** A place used by a booking that was cancelled comes back, unused, while the reservation is held. */
    public void giveBack() {
        if (used > 0) {
            used--;
        }
    }

    /** Ends the reservation: what was unused goes back to the session (the caller gives it back). */
    public int release(LocalDateTime at) {
        int unused = unused();
        releasedAt = at;
        released = unused;
        return unused;
    }

    public int unused() {
        return isReleased() ? 0 : places - used;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    public long getSessionId() { return sessionId; }
    public long getCentreId() { return centreId; }
    public int getPlaces() { return places; }
    public int getUsed() { return used; }
    public Long getManagerId() { return managerId; }
    public LocalDateTime getReleasedAt() { return releasedAt; }
    public Integer getReleased() { return released; }
}
