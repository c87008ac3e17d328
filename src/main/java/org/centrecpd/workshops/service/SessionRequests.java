package org.centrecpd.workshops.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.centrecpd.workshops.domain.RequestRepository;
import org.centrecpd.workshops.domain.RequestRow;
import org.centrecpd.workshops.domain.RequestStatus;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.WorkshopRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for a workshop: a centre manager asks for one at one of their centres; an organiser answers by
 * scheduling a session ({@link SessionService#schedule}) or declines with a reason the manager sees.
 */
@Service
@Transactional(readOnly = true)
public class SessionRequests {

    private final AccessScope scope;
    private final SessionRepository sessions;
    private final RequestRepository requests;
    private final WorkshopPolicy policy;
    private final Clock clock;

    SessionRequests(AccessScope scope, SessionRepository sessions, RequestRepository requests, WorkshopPolicy policy, Clock clock) {
        this.scope = scope;
        this.sessions = sessions;
        this.requests = requests;
        this.policy = policy;
        this.clock = clock;
    }

    /** A centre manager asks for a workshop at one of their centres. */
    @Transactional
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public long request(RequestForm form) {
        if (form.centreId() == null) {
            throw new RuleViolation("workshops.session.centreMissing");
        }
        scope.requireCentre(form.centreId());
        if (form.courseId() == null || sessions.coursesOfKind(CourseKind.WORKSHOP).stream().noneMatch(c -> c.id() == form.courseId())) {
            throw new RuleViolation("workshops.session.courseMissing");
        }
        String dates = FormText.required(form.preferredDates(), "workshops.request.datesMissing", 500);
        String changes = FormText.required(form.whatChanges(), "workshops.request.changesMissing", SessionService.MAX_TEXT);
        if (form.expectedPeople() == null || form.expectedPeople() < 1 || form.expectedPeople() > SessionService.MAX_CAPACITY) {
            throw new RuleViolation("workshops.request.peopleRange", SessionService.MAX_CAPACITY);
        }
        WorkshopRequest request = new WorkshopRequest(form.centreId(), form.courseId(), scope.centres().accountId(),
            LocalDate.now(clock), dates, form.expectedPeople(), changes);
        return requests.saveAndFlush(request).getId();
    }

    /** Requests for centres in my scope, open ones first. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<RequestRow> requests() {
        return requests.inScope(scope.centres());
    }

    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public RequestRow requestRow(long requestId) {
        return requests.row(scope.centres(), requestId).orElseThrow(() -> new NotFoundException("Request " + requestId));
    }

    /** Declines an open request, saying why; the manager sees the reason. */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void decline(long requestId, String reason) {
        RequestRow row = requestRow(requestId);
        policy.requireOrganiser(row.centreId());
        String why = FormText.required(reason, "workshops.request.reasonMissing", 1000);
        WorkshopRequest request = requests.findById(requestId).orElseThrow();
        if (request.getStatus() != RequestStatus.OPEN) {
            throw new RuleViolation("workshops.request.notOpen");
        }
        request.decline(why, scope.centres().accountId(), LocalDate.now(clock));
    }
}
