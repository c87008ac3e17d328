package org.centrecpd.workshops.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.Reservation;
import org.centrecpd.workshops.domain.ReservationRepository;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reserved places a centre has not used, released as the session's {@code reservation_release_days} before its start
 * come round: every hour (on one node) each such reservation ends, its unused places go back to the session and on to
 * the people waiting as any freed place does ({@link Places#promote}), and the manager who reserved them is told.
 * One transaction per reservation, under the session's lock.
 * <p>
 * A system job: it reads no one's data for anyone; each message goes only to the person it is about.
 */
@Component
public class ReservationRelease {

    /** The longest release setting (days): reservations of sessions further off are not looked at. */
    static final int MAX_DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(ReservationRelease.class);

    private final ReservationRepository reservations;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final Places places;
    private final WorkshopMail mail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReservationRelease(ReservationRepository reservations, SessionRepository sessions, BookingRepository bookings, Places places,
                       WorkshopMail mail, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.reservations = reservations;
        this.sessions = sessions;
        this.bookings = bookings;
        this.places = places;
        this.mail = mail;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${centrecpd.workshops.reservations-cron:0 5 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "workshop-reservations", lockAtLeastFor = "PT1M")
    public void scheduled() {
        releaseDue();
    }

    /** Releases the reservations whose time has come; how many unused places went back to sessions. */
    public int releaseDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        int freed = 0;
        for (Reservation due : reservations.open(now, now.plusDays(MAX_DAYS))) {
            boolean time = sessions.findById(due.getSessionId())
                .map(s -> !s.reservationsHeldAt(now)).orElse(false);
            if (time) {
                Integer unused = transactions.execute(status -> release(due.getId()));
                freed += unused == null ? 0 : unused;
            }
        }
        if (freed > 0) {
            log.info("Reserved workshop places released unused: {}", freed);
        }
        return freed;
    }

    /** Ends a reservation under its session's lock: unused places back to the session and its waitlist; the manager told. */
    @Transactional(propagation = Propagation.MANDATORY)
    int release(long reservationId) {
        long sessionId = reservations.sessionOf(reservationId).orElseThrow(() -> new NotFoundException("Reservation " + reservationId));
        WorkshopSession session = places.lock(sessionId);
        // Read after the lock: a booking into the reservation committed just before is counted.
        Reservation reservation = reservations.findById(reservationId).orElseThrow();
        if (reservation.isReleased()) {
            return 0;
        }
        int used = reservation.getUsed();
        int unused = reservation.release(LocalDateTime.now(clock));
        reservations.flush();
        List<Long> promoted = List.of();
        if (unused > 0) {
            reservations.releasePlaces(sessionId, unused);
            promoted = places.promote(sessionId);
        }
        SessionRow row = sessions.rowOf(sessionId).orElseThrow();
        String centre = reservations.centreName(reservation.getCentreId()).orElse("");
        events.publishEvent(new AuditEvent(AuditAction.WORKSHOP_RESERVATION_RELEASED, subject(row, centre),
            unused + " unused, " + used + " used"));
        if (unused > 0 && reservation.getManagerId() != null) {
            mail.released(row, session.getVersion(), bookings.recipients(List.of(reservation.getManagerId())), unused, centre);
        }
        if (!promoted.isEmpty()) {
            mail.promoted(session, row, bookings.recipients(promoted));
        }
        return unused;
    }

    /** The audit line's subject: which session, for which centre. */
    static String subject(SessionRow row, String centre) {
        return row.courseTitle() + ", " + row.startsAt() + " (session " + row.id() + ") — " + centre;
    }
}
