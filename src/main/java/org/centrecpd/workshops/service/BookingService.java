package org.centrecpd.workshops.service;

import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.domain.MyBooking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.centrecpd.workshops.domain.PendingApproval;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.workshops.domain.Booking;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking (myself, or my staff), approving, withdrawing, my bookings and the calendar file. A place is taken in the
 * database (see {@link Places}); whoever is moved up from the waitlist is told by e-mail. The facilitator's register
 * is {@link SessionRegister}.
 */
@Service
@Transactional(readOnly = true)
public class BookingService {

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final WorkshopPolicy policy;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final Places places;
    private final WorkshopMail mail;
    private final SessionCalendar calendar;
    private final PreWorkRule preWork;
    private final Clock clock;

    BookingService(AccessScope scope, CurrentUser currentUser, WorkshopPolicy policy, SessionRepository sessions,
                   BookingRepository bookings, Places places, WorkshopMail mail, SessionCalendar calendar, PreWorkRule preWork, Clock clock) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.policy = policy;
        this.sessions = sessions;
        this.bookings = bookings;
        this.places = places;
        this.mail = mail;
        this.calendar = calendar;
        this.preWork = preWork;
        this.clock = clock;
    }

    /**
     * Books me onto a session of a centre in my scope: a place, or the waitlist when it is full. Refused
     * ({@link PreWorkMissing}) while I have units of the workshop to complete before booking.
     */
    @Transactional
    @PermitAll
    public BookingStatus bookMe(long sessionId) {
        long me = scope.requireSelf("workshops.noPerson");
        SessionRow session = sessions.row(scope.centres(), sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        preWork.requireMine(me, session.courseSlug());
        // A practitioner's own booking waits for their manager where the session asks for approval; a manager's does not.
        return booked(sessionId, me, currentUser.require().role() == Role.PRACTITIONER);
    }

    /** Books a member of staff (in my scope) onto a session of a centre in my scope, if they have done the units asked first. */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public BookingStatus book(long sessionId, long personId) {
        return book(sessionId, personId, false);
    }

    /**
     * Books a member of staff (in my scope) onto a session of a centre in my scope. While they have units of the workshop
     * to complete before booking, it is refused ({@link PreWorkMissing}, naming them) unless I book {@code anyway}: a
     * manager who knows their staff may judge them prepared, as their booking already stands for their approval.
     */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public BookingStatus book(long sessionId, long personId, boolean anyway) {
        SessionRow session = sessions.row(scope.centres(), sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        scope.requirePerson(personId);
        preWork.requireOfStaff(personId, session.courseSlug(), anyway, () -> bookings.recipients(List.of(personId)).stream()
            .map(org.centrecpd.workshops.domain.Recipient::fullName).findFirst().orElse(""));
        return booked(sessionId, personId, false);
    }

    /** The units of the session's workshop I have still to complete before booking it (empty: none, or no person record). */
    @PermitAll
    public List<org.centrecpd.courses.PreWorkUnit> myPreWork(long sessionId) {
        SessionRow session = sessions.row(scope.centres(), sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        return scope.self().map(me -> preWork.missing(me, session.courseSlug())).orElse(List.of());
    }

    /** Confirms the place offered to me from the waitlist, before the offer lapses: booked, with the invite. */
    @Transactional
    @PermitAll
    public void confirmOffer(long sessionId) {
        long me = scope.requireSelf("workshops.noPerson");
        Booking booking = bookings.findBySessionIdAndPersonId(sessionId, me).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        places.confirm(booking);
        SessionRow row = sessions.rowOf(sessionId).orElseThrow();
        long sequence = sessions.findById(sessionId).map(WorkshopSession::getVersion).orElse(0L);
        mail.tell(WorkshopMail.Kind.BOOKED, row, sequence, bookings.recipients(List.of(me)));
    }

    /** Bookings waiting for my approval: of staff in my scope, for sessions not yet started. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<PendingApproval> pendingApprovals() {
        return bookings.pending(scope.centres(), LocalDateTime.now(clock));
    }

    /**
     * Approves (a place, or the waitlist when full) or declines (with a reason) a booking waiting for approval, of
     * someone in my scope. Both the person and I get the outcome by mail.
     */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public BookingStatus decide(long bookingId, boolean approve, String reason) {
        Booking booking = bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("Booking " + bookingId));
        scope.requirePerson(booking.getPersonId());
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!approve && why == null) {
            throw new RuleViolation("workshops.approval.reasonNeeded");
        }
        if (why != null && why.length() > 1000) {
            throw new RuleViolation("workshops.approval.reasonTooLong");
        }
        BookingStatus status = places.decide(booking, approve, why, currentUser.require().accountId());
        SessionRow row = sessions.rowOf(booking.getSessionId()).orElseThrow();
        long sequence = sessions.findById(booking.getSessionId()).map(WorkshopSession::getVersion).orElse(0L);
        WorkshopMail.Kind toPerson = switch (status) {
            case BOOKED -> WorkshopMail.Kind.BOOKED;
            case WAITLISTED -> WorkshopMail.Kind.WAITLISTED;
            default -> WorkshopMail.Kind.DECLINED;
        };
        mail.tell(toPerson, row, sequence, bookings.recipients(List.of(booking.getPersonId())), why);
        List<org.centrecpd.workshops.domain.Recipient> person = bookings.recipients(List.of(booking.getPersonId()));
        scope.self().ifPresent(me -> mail.tell(approve ? WorkshopMail.Kind.APPROVED_BY_ME : WorkshopMail.Kind.DECLINED_BY_ME, row, sequence,
            bookings.recipients(List.of(me)), person.isEmpty() ? "" : person.getFirst().fullName()));
        return status;
    }

    /** The people I may book onto a session: the staff of its centre (in my scope) today. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<PersonChoice> staffFor(long sessionId) {
        SessionRow row = sessions.row(scope.centres(), sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        return sessions.staffAt(scope.centres(), row.centreId());
    }

    /**
     * Withdraws a booking: my own, or (for managers, partners and admins) of someone in my scope.
     * A place given up goes to the first person waiting, who is told.
     */
    @Transactional
    @PermitAll
    public void cancel(long bookingId) {
        Booking booking = bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("Booking " + bookingId));
        boolean mine = scope.self().map(me -> me == booking.getPersonId()).orElse(false);
        if (mine && booking.getStatus() == BookingStatus.BOOKED && sessions.findById(booking.getSessionId())
            .map(s -> s.cancellingClosedAt(LocalDateTime.now(clock))).orElse(false)) {
            // Past the session's cancellation cut-off, the place is given up through the manager (who may still cancel).
            throw new RuleViolation("workshops.cancel.closed");
        }
        if (!mine) {
            if (currentUser.require().role() == Role.PRACTITIONER) {
                throw new NotFoundException("Booking " + bookingId);
            }
            scope.requirePerson(booking.getPersonId());
        }
        List<Long> promoted = places.withdraw(bookingId);
        SessionRow row = sessions.rowOf(booking.getSessionId()).orElseThrow();
        long sequence = sessions.findById(booking.getSessionId()).map(WorkshopSession::getVersion).orElse(0L);
        mail.tell(WorkshopMail.Kind.WITHDRAWN, row, sequence, bookings.recipients(List.of(booking.getPersonId())));
        if (!promoted.isEmpty()) {
            mail.promoted(sessions.findById(booking.getSessionId()).orElseThrow(), row, bookings.recipients(promoted));
        }
    }

    /** My bookings and places in queues for sessions that have not ended, soonest first. */
    @PermitAll
    public List<MyBooking> myBookings() {
        return scope.self().map(me -> bookings.mine(me, LocalDate.now(clock).atStartOfDay())).orElse(List.of());
    }

    /** The session's calendar file, for anyone who may see the session. */
    @PermitAll
    public byte[] invite(long sessionId) {
        SessionRow row = policy.visible(sessionId);
        long sequence = sessions.findById(sessionId).map(WorkshopSession::getVersion).orElse(0L);
        return calendar.invite(row, sequence, row.cancelled(), row.courseTitle() + (row.venue() == null ? "" : " — " + row.venue()));
    }

    private BookingStatus booked(long sessionId, long personId, boolean awaitsApproval) {
        BookingStatus status = places.book(sessionId, personId, awaitsApproval);
        SessionRow row = sessions.rowOf(sessionId).orElseThrow();
        long sequence = sessions.findById(sessionId).map(WorkshopSession::getVersion).orElse(0L);
        List<org.centrecpd.workshops.domain.Recipient> person = bookings.recipients(List.of(personId));
        if (status == BookingStatus.PENDING) {
            mail.tell(WorkshopMail.Kind.PENDING, row, sequence, person);
            List<Long> managers = scope.myLineManagers().stream().map(org.centrecpd.organisation.PersonName::personId).toList();
            if (!managers.isEmpty()) {
                mail.tell(WorkshopMail.Kind.APPROVAL_ASKED, row, sequence, bookings.recipients(managers),
                    person.isEmpty() ? "" : person.getFirst().fullName());
            }
            return status;
        }
        mail.tell(status == BookingStatus.BOOKED ? WorkshopMail.Kind.BOOKED : WorkshopMail.Kind.WAITLISTED, row, sequence, person);
        return status;
    }
}
