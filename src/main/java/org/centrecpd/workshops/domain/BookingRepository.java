package org.centrecpd.workshops.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.workshops.domain.MyBooking;
import org.centrecpd.workshops.domain.RegisterRow;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Bookings, and the two statements that move a session's count of places taken. */
@ScopedData
public interface BookingRepository extends JpaRepository<Booking, Long> {

    /**
     * Takes a place if one is left, in one statement: 1 if taken, 0 if the session is full. The
     * check constraint on the row refuses more places than the capacity whatever the caller does.
     */
    @Modifying(flushAutomatically = true)
    @Query("update WorkshopSession s set s.booked = s.booked + 1 where s.id = :sessionId and s.booked < s.capacity")
    int takePlace(@Param("sessionId") long sessionId);

    @Modifying(flushAutomatically = true)
    @Query("update WorkshopSession s set s.booked = s.booked - 1 where s.id = :sessionId and s.booked > 0")
    int releasePlace(@Param("sessionId") long sessionId);

    /** The next number in the waitlists' one queue (a database sequence: numbers only grow). */
    @Query(value = "select nextval('workshop_queue_seq')", nativeQuery = true)
    long nextQueueNo();

    Optional<Booking> findBySessionIdAndPersonId(long sessionId, long personId);

    List<Booking> findByPersonIdAndSessionIdIn(long personId, java.util.Collection<Long> sessionIds);

    /** The sessions with an offer from the waitlist unanswered at {@code now}. */
    @Query("select distinct b.sessionId from Booking b where b.status = org.centrecpd.workshops.domain.BookingStatus.OFFERED"
        + " and b.offerExpiresAt <= :now")
    List<Long> sessionsWithLapsedOffers(@Param("now") LocalDateTime now);

    @Query("select b from Booking b where b.sessionId = :sessionId and b.status = org.centrecpd.workshops.domain.BookingStatus.OFFERED"
        + " and b.offerExpiresAt <= :now")
    List<Booking> lapsedOffers(@Param("sessionId") long sessionId, @Param("now") LocalDateTime now);

    Optional<Booking> findFirstBySessionIdAndStatusOrderByQueueNoAsc(long sessionId, BookingStatus status);

    List<Booking> findBySessionIdAndStatusIn(long sessionId, java.util.Collection<BookingStatus> statuses);

    long countBySessionIdAndAttendance(long sessionId, Attendance attendance);

    @Query("select b.sessionId from Booking b where b.id = :id")
    Optional<Long> sessionOf(@Param("id") long id);

    /** The register: everyone booked or waiting, places first, then the queue in order. */
    @Query("""
        select new org.centrecpd.workshops.domain.RegisterRow(b.id, p.id, p.fullName, b.status, b.attendance, b.queueNo)
        from Booking b join StaffName p on p.id = b.personId
        where b.sessionId = :sessionId and b.status in (org.centrecpd.workshops.domain.BookingStatus.BOOKED,
            org.centrecpd.workshops.domain.BookingStatus.WAITLISTED)
        order by b.status, case when b.status = org.centrecpd.workshops.domain.BookingStatus.BOOKED then p.fullName else '' end,
                 b.queueNo""")
    List<RegisterRow> register(@Param("sessionId") long sessionId);

    /** A person's bookings and places in queues for sessions that end after {@code from}, soonest first. */
    @Query("""
        select new org.centrecpd.workshops.domain.MyBooking(b.id, s.id, c.slug, v.title, s.startsAt, s.endsAt, b.status,
            (select count(w) from Booking w where w.sessionId = s.id and w.status = org.centrecpd.workshops.domain.BookingStatus.WAITLISTED
               and w.queueNo <= b.queueNo),
            s.cancelledOn, b.attendance)
        from Booking b join WorkshopSession s on s.id = b.sessionId join CourseListing c on c.id = s.courseId join c.current v
        where b.personId = :personId and b.status <> org.centrecpd.workshops.domain.BookingStatus.CANCELLED and s.endsAt >= :from
        order by s.startsAt, s.id""")
    List<MyBooking> mine(@Param("personId") long personId, @Param("from") LocalDateTime from);

    /** Bookings waiting for approval, of people who work today at a centre in scope, for sessions from {@code from}. */
    @Query("""
        select new org.centrecpd.workshops.domain.PendingApproval(b.id, s.id, v.title, s.startsAt, p.id, p.fullName)
        from Booking b join WorkshopSession s on s.id = b.sessionId join CourseListing c on c.id = s.courseId join c.current v
        join StaffName p on p.id = b.personId
        where b.status = org.centrecpd.workshops.domain.BookingStatus.PENDING and s.startsAt >= :from and s.cancelledOn is null
          and exists (select 1 from StaffPost sp where sp.personId = b.personId
                      and in_force(sp.period.validFrom, sp.period.validTo, :#{#scope.day}) and"""
        + org.centrecpd.organisation.service.CentreScope.COVERS + "sp.centreId" + org.centrecpd.organisation.service.CentreScope.COVERS_END
        + ") order by s.startsAt, p.fullName")
    List<PendingApproval> pending(@Param("scope") org.centrecpd.organisation.service.CentreScope scope, @Param("from") LocalDateTime from);

    /**
     * Bookings made into a released reservation that is about to be replaced by a new one of the same centre: they
     * no longer point at it (a place cancelled after a release goes to the waitlist either way).
     */
    @Modifying(flushAutomatically = true)
    @Query("update Booking b set b.reservationId = null where b.reservationId = :reservationId")
    int forgetReservation(@Param("reservationId") long reservationId);

    /** Name and e-mail address of people to write to. */
    @Query("select new org.centrecpd.workshops.domain.Recipient(p.id, p.fullName, p.email) from StaffName p where p.id in :ids")
    List<org.centrecpd.workshops.domain.Recipient> recipients(@Param("ids") java.util.Collection<Long> ids);
}
