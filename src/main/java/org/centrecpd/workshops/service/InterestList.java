package org.centrecpd.workshops.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.Interest;
import org.centrecpd.workshops.domain.InterestRepository;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.UndatedWorkshop;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interest list: a person asks to hear when a workshop with no session for them is scheduled; when one is (for
 * a centre they work at, {@link SessionService#schedule}, answering a centre's request or not), each person waiting
 * gets one mail, which the bell lists too (a {@code BOOKINGS} message). A centre manager's request for a session
 * ({@link SessionRequests}) is the centre's ask to the organiser; this is each person's own wish to be told.
 */
@Service
@Transactional(readOnly = true)
public class InterestList {

    private final AccessScope scope;
    private final InterestRepository interests;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final WorkshopMail mail;
    private final Clock clock;

    InterestList(AccessScope scope, InterestRepository interests, SessionRepository sessions, BookingRepository bookings,
                 WorkshopMail mail, Clock clock) {
        this.scope = scope;
        this.interests = interests;
        this.sessions = sessions;
        this.bookings = bookings;
        this.mail = mail;
        this.clock = clock;
    }

    /** Workshops with no session for me to book (at a centre I work at), each saying whether I wait to hear of one. */
    @PermitAll
    public List<UndatedWorkshop> undated() {
        return scope.self().map(me -> interests.undated(me, CourseKind.WORKSHOP, LocalDate.now(clock).atStartOfDay(),
            LocalDate.now(clock))).orElse(List.of());
    }

    /** I ask to be told when a session of this workshop is scheduled; refused while there is one to book. */
    @Transactional
    @PermitAll
    public void register(long courseId) {
        long me = scope.requireSelf("workshops.noPerson");
        if (undated().stream().noneMatch(w -> w.courseId() == courseId)) {
            throw new RuleViolation("workshops.interest.dated");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        interests.findByCourseIdAndPersonId(courseId, me).ifPresentOrElse(i -> i.renew(now),
            () -> interests.saveAndFlush(new Interest(courseId, me, now)));
    }

    /** I no longer want to hear of it. */
    @Transactional
    @PermitAll
    public void withdraw(long courseId) {
        long me = scope.requireSelf("workshops.noPerson");
        interests.findByCourseIdAndPersonId(courseId, me).filter(Interest::isWaiting).ifPresent(interests::delete);
    }

    /** A session has been scheduled: everyone waiting to hear of its workshop who works at its centre is told, once. */
    @Transactional(propagation = Propagation.MANDATORY)
    void scheduled(WorkshopSession session) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Interest> waiting = interests.waitingAt(session.getCourseId(), session.getCentreId(), now.toLocalDate());
        if (waiting.isEmpty()) {
            return;
        }
        waiting.forEach(i -> i.notified(session.getId(), now));
        interests.flush();
        mail.tell(WorkshopMail.Kind.INTEREST_SCHEDULED, sessions.rowOf(session.getId()).orElseThrow(), session.getVersion(),
            bookings.recipients(waiting.stream().map(Interest::getPersonId).toList()));
    }
}
