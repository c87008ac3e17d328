package org.centrecpd.workshops.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.domain.Reservation;
import org.centrecpd.workshops.domain.ReservationRepository;
import org.centrecpd.workshops.domain.ReservationRow;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a centre manager reserves on a session for their centre (a centre in their scope): they count as taken for
 * everyone else until the manager books staff into them, or they are released ({@link ReservationRelease}, or the
 * manager's own "release now"). Only those whose scope covers the centre see its reservation; anyone else is told
 * "not found".
 */
@Service
@Transactional(readOnly = true)
public class Reservations {

    private final AccessScope scope;
    private final SessionRepository sessions;
    private final ReservationRepository reservations;
    private final BookingRepository bookings;
    private final Places places;
    private final ReservationRelease release;
    private final WorkshopPolicy policy;
    private final WorkshopMail mail;
    private final ApplicationEventPublisher events;
    private final PreWorkRule preWork;
    private final Clock clock;

    Reservations(AccessScope scope, SessionRepository sessions, ReservationRepository reservations, BookingRepository bookings,
                 Places places, ReservationRelease release, WorkshopPolicy policy, WorkshopMail mail, ApplicationEventPublisher events,
                 PreWorkRule preWork, Clock clock) {
        this.scope = scope;
        this.sessions = sessions;
        this.reservations = reservations;
        this.bookings = bookings;
        this.places = places;
        this.release = release;
        this.policy = policy;
        this.mail = mail;
        this.events = events;
        this.preWork = preWork;
        this.clock = clock;
    }

    /** The session's reservations for centres in my scope. */
    @PermitAll
    public List<ReservationRow> ofSession(long sessionId) {
        policy.visible(sessionId);
        return reservations.ofSession(scope.centres(), sessionId);
    }

    /**
     * Reserves {@code count} more places on a session of a centre in my scope for a centre in my scope, if as many are
     * left, until the session's release day (after which reserving is refused: the places would go straight back).
     */
    @Transactional
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public void reserve(long sessionId, Long centreId, Integer count) {
        SessionRow row = sessions.row(scope.centres(), sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        if (centreId == null) {
            throw new RuleViolation("workshops.session.centreMissing");
        }
        scope.requireCentre(centreId);
        if (count == null || count < 1 || count > SessionService.MAX_CAPACITY) {
            throw new RuleViolation("workshops.reserve.range", SessionService.MAX_CAPACITY);
        }
        WorkshopSession session = places.lock(sessionId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (session.isCancelled()) {
            throw new RuleViolation("workshops.book.cancelled");
        }
        if (!session.reservationsHeldAt(now)) {
            throw new RuleViolation("workshops.reserve.tooLate", session.getReservationReleaseDays());
        }
        if (reservations.takePlaces(sessionId, count) == 0) {
            throw new RuleViolation("workshops.reserve.tooFew", session.getCapacity() - sessions.rowOf(sessionId).orElseThrow().booked());
        }
        Reservation reservation = reservations.findBySessionIdAndCentreId(sessionId, centreId)
            .filter(r -> !r.isReleased())
            .orElseGet(() -> {
                reservations.findBySessionIdAndCentreId(sessionId, centreId).ifPresent(old -> {
                    bookings.forgetReservation(old.getId());
                    reservations.delete(old);
                    reservations.flush();
                });
                return new Reservation(sessionId, centreId, scope.self().orElse(null), scope.centres().accountId(), now);
            });
        reservation.add(count);
        reservations.saveAndFlush(reservation);
        events.publishEvent(new AuditEvent(AuditAction.WORKSHOP_PLACES_RESERVED,
            ReservationRelease.subject(row, reservations.centreName(centreId).orElse("")), count + " reserved, " + reservation.getPlaces()
                + " held"));
    }

    /** Who I may book into a reservation: the staff of its centre today. */
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public List<PersonChoice> staffFor(long reservationId) {
        ReservationRow row = row(reservationId);
        return sessions.staffAt(scope.centres(), row.centreId());
    }

    /** Books a member of the reservation's centre's staff into one of its unused places, if they have done the units asked first. */
    @Transactional
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public void bookInto(long reservationId, long personId) {
        bookInto(reservationId, personId, false);
    }

    /**
     * Books a member of the reservation's centre's staff into one of its unused places; they are told as any booking.
     * Units of the workshop they have still to complete before booking refuse it ({@link PreWorkMissing}) unless I book
     * {@code anyway}, as for any booking of staff.
     */
    @Transactional
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public void bookInto(long reservationId, long personId, boolean anyway) {
        ReservationRow row = row(reservationId);
        scope.requirePerson(personId);
        if (sessions.staffAt(scope.centres(), row.centreId()).stream().noneMatch(p -> p.id() == personId)) {
            throw new NotFoundException("Person " + personId);
        }
        String courseSlug = sessions.rowOf(row.sessionId()).orElseThrow().courseSlug();
        preWork.requireOfStaff(personId, courseSlug, anyway, () -> bookings.recipients(List.of(personId)).stream()
            .map(org.centrecpd.workshops.domain.Recipient::fullName).findFirst().orElse(""));
        WorkshopSession session = places.lock(row.sessionId());
        Reservation reservation = reservations.findById(reservationId).orElseThrow();
        if (reservation.unused() == 0) {
            throw new RuleViolation("workshops.reserve.noneLeft");
        }
        places.book(row.sessionId(), personId, false, reservationId);
        reservation.use();
        reservations.saveAndFlush(reservation);
        mail.tell(WorkshopMail.Kind.BOOKED, sessions.rowOf(row.sessionId()).orElseThrow(), session.getVersion(),
            bookings.recipients(List.of(personId)));
    }

    /** Gives the reservation's unused places back now, to the session and its waitlist. */
    @Transactional
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public int releaseNow(long reservationId) {
        row(reservationId);
        return release.release(reservationId);
    }

    /** Days before the start when unused reserved places are released, for the session's organisers. */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void setReleaseDays(long sessionId, Integer days) {
        SessionRow row = policy.visible(sessionId);
        policy.requireOrganiser(row.centreId());
        if (days == null || days < 0 || days > ReservationRelease.MAX_DAYS) {
            throw new RuleViolation("workshops.reserve.daysRange", ReservationRelease.MAX_DAYS);
        }
        places.lock(sessionId).setReservationReleaseDays(days);
    }

    /** The session's release setting (days before the start). */
    @PermitAll
    public int releaseDays(long sessionId) {
        policy.visible(sessionId);
        return sessions.findById(sessionId).map(WorkshopSession::getReservationReleaseDays).orElseThrow();
    }

    /** The centres in my scope, for the reservation's centre. */
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public List<PersonChoice> centres() {
        return sessions.centres(scope.centres());
    }

    private ReservationRow row(long reservationId) {
        long sessionId = reservations.sessionOf(reservationId).orElseThrow(() -> new NotFoundException("Reservation " + reservationId));
        return reservations.ofSession(scope.centres(), sessionId).stream().filter(r -> r.id() == reservationId).findFirst()
            .orElseThrow(() -> new NotFoundException("Reservation " + reservationId));
    }
}
