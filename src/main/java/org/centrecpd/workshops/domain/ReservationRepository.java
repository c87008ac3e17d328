package org.centrecpd.workshops.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Centres' reserved places, and the two statements that move a session's count of places taken by as many. */
@ScopedData
public interface ReservationRepository extends JpaRepository<Reservation, Long> {

    /** Takes {@code places} places at once if as many are left: 1 if taken, 0 if too few are left. */
    @Modifying(flushAutomatically = true)
    @Query("update WorkshopSession s set s.booked = s.booked + :places where s.id = :sessionId and s.booked + :places <= s.capacity")
    int takePlaces(@Param("sessionId") long sessionId, @Param("places") int places);

    @Modifying(flushAutomatically = true)
    @Query("update WorkshopSession s set s.booked = s.booked - :places where s.id = :sessionId and s.booked >= :places")
    int releasePlaces(@Param("sessionId") long sessionId, @Param("places") int places);

    Optional<Reservation> findBySessionIdAndCentreId(long sessionId, long centreId);

    /** A session's reservations for centres in scope: a manager of another centre sees none of them. */
    @Query("""
        select new org.centrecpd.workshops.domain.ReservationRow(r.id, r.sessionId, r.centreId, ce.name, r.places, r.used, r.releasedAt,
            r.released)
        from Reservation r join CentreName ce on ce.id = r.centreId
        where r.sessionId = :sessionId and""" + CentreScope.COVERS + "r.centreId" + CentreScope.COVERS_END + " order by ce.name, r.id")
    List<ReservationRow> ofSession(@Param("scope") CentreScope scope, @Param("sessionId") long sessionId);

    /**
     * Reservations still holding places, of sessions not cancelled that start after {@code now} and no later than
     * {@code horizon}: the candidates for release (each session says how many days before it they go).
     */
    @Query("""
        select r from Reservation r join WorkshopSession s on s.id = r.sessionId
        where r.releasedAt is null and s.cancelledOn is null and s.startsAt > :now and s.startsAt <= :horizon
        order by s.startsAt, r.id""")
    List<Reservation> open(@Param("now") LocalDateTime now, @Param("horizon") LocalDateTime horizon);

    @Query("select r.sessionId from Reservation r where r.id = :id")
    Optional<Long> sessionOf(@Param("id") long id);

    @Query("select ce.name from CentreName ce where ce.id = :id")
    Optional<String> centreName(@Param("id") long id);
}
