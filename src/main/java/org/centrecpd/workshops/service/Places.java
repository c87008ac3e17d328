package org.centrecpd.workshops.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.workshops.domain.Booking;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.Reservation;
import org.centrecpd.workshops.domain.ReservationRepository;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places on a session and its waitlist. Every change starts by locking the session's row, so that
 * bookings and cancellations of one session happen one after another (the queue keeps the order in
 * which people asked); the place itself is taken by one conditional statement that the database's
 * check constraint backs up ({@link BookingRepository#takePlace}). Called by the services, after they
 * have checked who may do it; the signed-in account is recorded as who booked.
 */
@Component
class Places {

    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final ReservationRepository reservations;
    private final AccessScope scope;
    private final Clock clock;

    Places(SessionRepository sessions, BookingRepository bookings, ReservationRepository reservations, AccessScope scope, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.reservations = reservations;
        this.scope = scope;
        this.clock = clock;
    }

    /** The session's row, locked for the rest of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    WorkshopSession lock(long sessionId) {
        return sessions.lock(sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
    }

    /** Books a person onto the session: a place if one is left, else the back of the waitlist. */
    @Transactional(propagation = Propagation.MANDATORY)
    BookingStatus book(long sessionId, long personId) {
        return book(sessionId, personId, false);
    }

    /**
     * Books a person onto the session; with {@code awaitsApproval} (a practitioner booking themself) on a session that
     * requires their manager's approval, the booking waits (PENDING) and takes no place yet.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    BookingStatus book(long sessionId, long personId, boolean awaitsApproval) {
        return book(sessionId, personId, awaitsApproval, null);
    }

    /**
     * As above; {@code reservationId}: the place is one that centre's reservation holds, already counted as taken
     * ({@link Reservations}); the booking remembers it, so that a cancellation can give it back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    BookingStatus book(long sessionId, long personId, boolean awaitsApproval, Long reservationId) {
        boolean placeHeld = reservationId != null;
        WorkshopSession session = lock(sessionId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (session.isCancelled()) {
            throw new RuleViolation("workshops.book.cancelled");
        }
        if (!session.getStartsAt().isAfter(now)) {
            throw new RuleViolation("workshops.book.started");
        }
        if (session.bookingClosedAt(now)) {
            throw new RuleViolation("workshops.book.closed");
        }
        Optional<Booking> existing = bookings.findBySessionIdAndPersonId(sessionId, personId);
        if (existing.isPresent() && !existing.get().getStatus().ended()) {
            throw new RuleViolation(switch (existing.get().getStatus()) {
                case BOOKED -> "workshops.book.alreadyBooked";
                case PENDING -> "workshops.book.alreadyPending";
                default -> "workshops.book.alreadyWaiting";
            });
        }
        BookingStatus status = placeHeld ? BookingStatus.BOOKED
            : session.isApprovalRequired() && awaitsApproval ? BookingStatus.PENDING
            : bookings.takePlace(sessionId) == 1 ? BookingStatus.BOOKED : BookingStatus.WAITLISTED;
        long queueNo = bookings.nextQueueNo();
        Long by = scope.centres().accountId();
        if (existing.isPresent()) {
            existing.get().rebook(status, queueNo, by, now);
            existing.get().takenFrom(reservationId);
        } else {
            bookings.save(new Booking(sessionId, personId, status, queueNo, by, now).takenFrom(reservationId));
        }
        bookings.flush();
        return status;
    }

    /**
     * The manager's decision on a waiting booking: approved, it takes a place (or the back of the queue) as a booking
     * made now would; declined, it ends with the reason. Approval is refused once the session has started.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    BookingStatus decide(Booking booking, boolean approve, String reason, long by) {
        WorkshopSession session = lock(booking.getSessionId());
        LocalDateTime now = LocalDateTime.now(clock);
        if (booking.getStatus() != BookingStatus.PENDING) {
            throw new RuleViolation("workshops.approval.notPending");
        }
        if (!approve) {
            booking.decide(BookingStatus.DECLINED, booking.getQueueNo(), reason, by, now);
            bookings.flush();
            return BookingStatus.DECLINED;
        }
        if (session.isCancelled() || !session.getStartsAt().isAfter(now)) {
            throw new RuleViolation(session.isCancelled() ? "workshops.book.cancelled" : "workshops.book.started");
        }
        BookingStatus status = bookings.takePlace(session.getId()) == 1 ? BookingStatus.BOOKED : BookingStatus.WAITLISTED;
        booking.decide(status, bookings.nextQueueNo(), reason, by, now);
        bookings.flush();
        return status;
    }

    /**
     * Withdraws a booking (or a place in the queue). A place given up goes to the first person
     * waiting, unless it was taken from a centre's reservation that still holds its places (before the session's
     * release day): then it goes back to that reservation, for the centre to give to someone else of its staff.
     *
     * @return the people moved up from the waitlist
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> withdraw(long bookingId) {
        long sessionId = bookings.sessionOf(bookingId).orElseThrow(() -> new NotFoundException("Booking " + bookingId));
        WorkshopSession session = lock(sessionId);
        // Read after the lock: what another transaction committed before it is seen.
        Booking booking = bookings.findById(bookingId).orElseThrow();
        BookingStatus was = booking.getStatus();
        if (was.ended()) {
            return List.of();
        }
        if (booking.getAttendance() != null) {
            throw new RuleViolation("workshops.cancel.attended");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        booking.moveTo(BookingStatus.CANCELLED, now);
        bookings.flush();
        Optional<Reservation> holding = was == BookingStatus.BOOKED && booking.getReservationId() != null
            && session.reservationsHeldAt(now)
            ? reservations.findById(booking.getReservationId()).filter(r -> !r.isReleased()) : Optional.empty();
        if (holding.isPresent()) {
            // The session's count of places taken does not move: the reservation holds the place again.
            holding.get().giveBack();
            reservations.flush();
            return List.of();
        }
        if (was == BookingStatus.BOOKED || was == BookingStatus.OFFERED) {
            bookings.releasePlace(sessionId);
            return promote(sessionId);
        }
        return List.of();
    }

    /** Confirms my offered place: booked, if the offer has not lapsed. */
    @Transactional(propagation = Propagation.MANDATORY)
    void confirm(Booking booking) {
        lock(booking.getSessionId());
        LocalDateTime now = LocalDateTime.now(clock);
        if (booking.getStatus() != BookingStatus.OFFERED || !booking.getOfferExpiresAt().isAfter(now)) {
            throw new RuleViolation("workshops.offer.gone");
        }
        booking.moveTo(BookingStatus.BOOKED, now);
        bookings.flush();
    }

    /**
     * Ends the session's offers unanswered at {@code now} (each place back to the session) and offers the places to
     * the next people waiting.
     *
     * @return who lost an offer, and who was offered a place (or given one)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Lapsed lapse(long sessionId) {
        lock(sessionId);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> lapsed = new ArrayList<>();
        for (Booking offer : bookings.lapsedOffers(sessionId, now)) {
            offer.moveTo(BookingStatus.CANCELLED, now);
            bookings.flush();
            bookings.releasePlace(sessionId);
            lapsed.add(offer.getPersonId());
        }
        return new Lapsed(lapsed, lapsed.isEmpty() ? List.of() : promote(sessionId));
    }

    record Lapsed(List<Long> lapsed, List<Long> promoted) {
    }

    /** Gives free places to the people waiting, first come first served (caller holds the lock). */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> promote(long sessionId) {
        List<Long> promoted = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        while (true) {
            Optional<Booking> next = bookings.findFirstBySessionIdAndStatusOrderByQueueNoAsc(sessionId, BookingStatus.WAITLISTED);
            if (next.isEmpty() || bookings.takePlace(sessionId) == 0) {
                return promoted;
            }
            Integer offerHours = sessions.findById(sessionId).map(WorkshopSession::getOfferHours).orElse(null);
            if (offerHours == null) {
                next.get().moveTo(BookingStatus.BOOKED, now);
            } else {
                next.get().offer(now.plusHours(offerHours), now);
            }
            bookings.flush();
            promoted.add(next.get().getPersonId());
        }
    }
}
