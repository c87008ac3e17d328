package org.centrecpd.workshops.service;

import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.domain.CourseChoice;
import org.centrecpd.workshops.domain.MyBooking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.RequestRepository;
import org.centrecpd.workshops.domain.RequestStatus;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.WorkshopRequest;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions. Everyone sees the sessions run for centres in their scope (and those they facilitate); the
 * organiser of a centre's sessions (see {@link WorkshopPolicy}) schedules them, answering a request
 * ({@link SessionRequests}) or not, changes and cancels them. An id outside the user's scope answers
 * "not found".
 */
@Service
@Transactional(readOnly = true)
public class SessionService {

    /** Longest free text kept in a session's notes or a request. */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_CAPACITY = 500;

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final RequestRepository requests;
    private final Places places;
    private final WorkshopMail mail;
    private final WorkshopPolicy policy;
    private final InterestList interest;
    private final SessionDescription description;
    private final Clock clock;

    SessionService(AccessScope scope, CurrentUser currentUser, SessionRepository sessions, BookingRepository bookings,
                   RequestRepository requests, Places places, WorkshopMail mail, WorkshopPolicy policy, InterestList interest,
                   SessionDescription description, Clock clock) {
        this.interest = interest;
        this.description = description;
        this.scope = scope;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.bookings = bookings;
        this.requests = requests;
        this.places = places;
        this.mail = mail;
        this.policy = policy;
        this.clock = clock;
    }

    /** Published workshop courses (what sessions and requests can be for). */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<CourseChoice> courses() {
        return sessions.coursesOfKind(CourseKind.WORKSHOP);
    }

    /** The centres in my scope, for choosing where a session is run or a request is for. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<PersonChoice> centres() {
        return sessions.centres(scope.centres());
    }

    /** Who can facilitate a session at this centre: its staff today, and me. */
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<PersonChoice> facilitatorChoices(long centreId) {
        return description.facilitatorChoices(centreId);
    }

    /**
     * What a new session at this centre starts with, so that the obvious need not be typed: me as its facilitator
     * (when I am a person, I may facilitate: see {@link #facilitatorChoices}), and the centre's address as the venue.
     */
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public SessionDefaults defaults(long centreId) {
        policy.requireOrganiser(centreId);
        String address = sessions.centre(scope.centres(), centreId).map(org.centrecpd.organisation.CentreName::getPostalAddress)
            .filter(a -> !a.isEmpty()).orElse(null);
        return new SessionDefaults(scope.self().orElse(null), address);
    }

    /** See {@link #defaults}; either may be null. */
    public record SessionDefaults(Long facilitatorId, String venueAddress) {
    }

    /** Sessions that have not ended, for centres in my scope and those I facilitate, soonest first. */
    @PermitAll
    public List<SessionRow> upcoming() {
        LocalDateTime from = LocalDate.now(clock).atStartOfDay();
        Map<Long, SessionRow> rows = new LinkedHashMap<>();
        sessions.upcoming(scope.centres(), from).forEach(r -> rows.put(r.id(), r));
        scope.self().ifPresent(me -> sessions.facilitatedBy(me, from).forEach(r -> rows.putIfAbsent(r.id(), r)));
        List<SessionRow> all = new ArrayList<>(rows.values());
        all.sort(java.util.Comparator.comparing(SessionRow::startsAt).thenComparing(SessionRow::id));
        return all;
    }

    /** A session's page for me: what I may do with it. */
    @PermitAll
    public SessionDetails details(long sessionId) {
        SessionRow row = policy.visible(sessionId);
        WorkshopSession session = sessions.findById(sessionId).orElseThrow();
        boolean organiser = policy.canOrganise(row.centreId());
        boolean inScope = sessions.row(scope.centres(), sessionId).isPresent();
        MyBooking mine = scope.self().flatMap(me -> bookings.mine(me, LocalDateTime.MIN.withYear(1900)).stream()
            .filter(b -> b.sessionId() == sessionId).findFirst()).orElse(null);
        SignedInUser user = currentUser.require();
        boolean bookOthers = inScope && (organiser || user.role() == Role.CENTRE_MANAGER);
        return new SessionDetails(row, sessions.people(session.getFacilitators().isEmpty() ? List.of(-1L) : session.getFacilitators()),
            mine, organiser, policy.runs(session, organiser), bookOthers, inScope && scope.self().isPresent());
    }

    /** Schedules a session; when it answers a request, the request becomes "scheduled"; whoever waits to hear of it is told. */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public long schedule(SessionForm form) {
        if (form.centreId() == null) {
            throw new RuleViolation("workshops.session.centreMissing");
        }
        policy.requireOrganiser(form.centreId());
        if (form.courseId() == null || courses().stream().noneMatch(c -> c.id() == form.courseId())) {
            throw new RuleViolation("workshops.session.courseMissing");
        }
        WorkshopRequest request = null;
        if (form.requestId() != null) {
            request = requests.findById(form.requestId())
                .filter(r -> r.getCentreId() == form.centreId())
                .orElseThrow(() -> new NotFoundException("Request " + form.requestId()));
            if (request.getStatus() != RequestStatus.OPEN) {
                throw new RuleViolation("workshops.request.notOpen");
            }
        }
        WorkshopSession session = new WorkshopSession(form.courseId(), form.centreId(), form.requestId(), scope.centres().accountId());
        description.apply(session, form, 0);
        sessions.saveAndFlush(session);
        if (request != null) {
            request.scheduled(session.getId(), scope.centres().accountId(), LocalDate.now(clock));
        }
        interest.scheduled(session);
        return session.getId();
    }

    /** Changes a session; everyone booked or waiting is told, with the new invite. More places go to the waitlist. */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void change(long sessionId, SessionForm form) {
        SessionRow before = policy.visible(sessionId);
        policy.requireOrganiser(before.centreId());
        WorkshopSession session = places.lock(sessionId);
        if (session.isCancelled()) {
            throw new RuleViolation("workshops.book.cancelled");
        }
        int booked = sessions.rowOf(sessionId).orElseThrow().booked();
        description.apply(session, form, booked);
        sessions.saveAndFlush(session);
        List<Long> promoted = places.promote(sessionId);
        SessionRow after = sessions.rowOf(sessionId).orElseThrow();
        List<Long> told = people(sessionId, BookingStatus.BOOKED, BookingStatus.WAITLISTED, BookingStatus.OFFERED, BookingStatus.PENDING);
        told.removeAll(promoted);
        mail.tell(WorkshopMail.Kind.CHANGED, after, session.getVersion(), bookings.recipients(ids(told)));
        mail.promoted(session, after, bookings.recipients(ids(promoted)));
    }

    /** Cancels a session with a reason; everyone booked or waiting is told, with a cancelling invite. */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void cancel(long sessionId, String reason) {
        SessionRow row = policy.visible(sessionId);
        policy.requireOrganiser(row.centreId());
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("workshops.session.reasonMissing");
        }
        if (reason.length() > 1000) {
            throw new RuleViolation("workshops.text.tooLong", 1000);
        }
        WorkshopSession session = places.lock(sessionId);
        if (session.isCancelled()) {
            return;
        }
        session.cancel(LocalDate.now(clock), reason.strip());
        sessions.saveAndFlush(session);
        mail.tell(WorkshopMail.Kind.CANCELLED, sessions.rowOf(sessionId).orElseThrow(), session.getVersion(),
            bookings.recipients(ids(people(sessionId, BookingStatus.BOOKED, BookingStatus.WAITLISTED, BookingStatus.OFFERED, BookingStatus.PENDING))));
    }

    private List<Long> people(long sessionId, BookingStatus... statuses) {
        return new ArrayList<>(bookings.findBySessionIdAndStatusIn(sessionId, List.of(statuses)).stream()
            .map(b -> b.getPersonId()).toList());
    }

    private static List<Long> ids(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
