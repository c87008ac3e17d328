package org.centrecpd.workshops.service;

import jakarta.annotation.security.PermitAll;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see, organise and run a workshop session, for every service and screen of the module. The organiser
 * of a centre's sessions is an improvement partner overseeing it, or an admin; those who run a session are its
 * organisers and its facilitators (wherever they work). Anyone else is told "not found".
 */
@Service
@Transactional(readOnly = true)
public class WorkshopPolicy {

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final SessionRepository sessions;

    WorkshopPolicy(AccessScope scope, CurrentUser currentUser, SessionRepository sessions) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    /** May I organise sessions for this centre (a partner overseeing it, or an admin)? */
    @PermitAll
    public boolean canOrganise(long centreId) {
        SignedInUser user = currentUser.require();
        return user.role() == Role.ADMIN
            || (user.role() == Role.IMPROVEMENT_PARTNER && sessions.oversees(scope.centres(), centreId));
    }

    /** May I organise sessions anywhere (shows the "Schedule a session" action)? */
    @PermitAll
    public boolean organisesAny() {
        Role role = currentUser.require().role();
        return role == Role.ADMIN || role == Role.IMPROVEMENT_PARTNER;
    }

    void requireOrganiser(long centreId) {
        if (!canOrganise(centreId)) {
            throw new NotFoundException("Centre " + centreId);
        }
    }

    /** The session, if I organise its centre's sessions; anyone else is told "not found". */
    WorkshopSession requireOrganising(long sessionId) {
        requireOrganiser(visible(sessionId).centreId());
        return sessions.findById(sessionId).orElseThrow();
    }

    /**
     * The session, if I run it: I facilitate it, or I organise its centre's sessions. Those people see its
     * register and its evaluation's counts; anyone else is told "not found".
     */
    SessionRow requireRunning(long sessionId) {
        SessionRow row = visible(sessionId);
        WorkshopSession session = sessions.findById(sessionId).orElseThrow();
        if (!runs(session, canOrganise(row.centreId()))) {
            throw new NotFoundException("Session " + sessionId);
        }
        return row;
    }

    /** Who runs a session: its facilitators (wherever they work), and its organisers (partners overseeing its centre, admins). */
    boolean runs(WorkshopSession session, boolean organiser) {
        return organiser || scope.self().map(me -> session.getFacilitators().contains(me)).orElse(false);
    }

    /** The session, if it is for a centre in my scope or I facilitate it. */
    SessionRow visible(long sessionId) {
        return sessions.row(scope.centres(), sessionId)
            .or(() -> scope.self().flatMap(me -> sessions.findById(sessionId)
                .filter(s -> s.getFacilitators().contains(me)).flatMap(s -> sessions.rowOf(sessionId))))
            .orElseThrow(() -> new NotFoundException("Session " + sessionId));
    }
}
