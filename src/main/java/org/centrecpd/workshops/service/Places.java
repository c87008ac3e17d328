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
    private final AccessScope scope;
    private final Clock clock;

    Places(SessionRepository sessions, BookingRepository bookings, AccessScope scope, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
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
        WorkshopSession session = lock(sessionId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (session.isCancelled()) {
            throw new RuleViolation("workshops.book.cancelled");
        }
        if (!session.getStartsAt().isAfter(now)) {
            throw new RuleViolation("workshops.book.started");
        }
        Optional<Booking> existing = bookings.findBySessionIdAndPersonId(sessionId, personId);
        if (existing.isPresent() && existing.get().getStatus() != BookingStatus.CANCELLED) {
            throw new RuleViolation(existing.get().getStatus() == BookingStatus.BOOKED
                ? "workshops.book.alreadyBooked" : "workshops.book.alreadyWaiting");
        }
        BookingStatus status = bookings.takePlace(sessionId) == 1 ? BookingStatus.BOOKED : BookingStatus.WAITLISTED;
        long queueNo = bookings.nextQueueNo();
        Long by = scope.centres().accountId();
        if (existing.isPresent()) {
            existing.get().rebook(status, queueNo, by, now);
        } else {
            bookings.save(new Booking(sessionId, personId, status, queueNo, by, now));
        }
        bookings.flush();
        return status;
    }

    /**
     * Withdraws a booking (or a place in the queue). A place given up goes to the first person
     * waiting.
     *
     * @return the people moved up from the waitlist
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> withdraw(long bookingId) {
        long sessionId = bookings.sessionOf(bookingId).orElseThrow(() -> new NotFoundException("Booking " + bookingId));
        lock(sessionId);
        // Read after the lock: what another transaction committed before it is seen.
        Booking booking = bookings.findById(bookingId).orElseThrow();
        BookingStatus was = booking.getStatus();
        if (was == BookingStatus.CANCELLED) {
            return List.of();
        }
        if (booking.getAttendance() != null) {
            throw new RuleViolation("workshops.cancel.attended");
        }
        booking.moveTo(BookingStatus.CANCELLED, LocalDateTime.now(clock));
        bookings.flush();
        if (was == BookingStatus.BOOKED) {
            bookings.releasePlace(sessionId);
            return promote(sessionId);
        }
        return List.of();
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
            next.get().moveTo(BookingStatus.BOOKED, now);
            bookings.flush();
            promoted.add(next.get().getPersonId());
        }
    }
}
