package org.centrecpd.training.service;

import org.centrecpd.training.domain.CourseChoice;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.security.Role;
import org.centrecpd.training.domain.Assignment;
import org.centrecpd.training.domain.AssignmentRepository;
import org.centrecpd.training.domain.CompletionStamps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning courses and cancelling assignments (managers within their centres, partners within
 * what they oversee, admins anywhere: the scope is AccessScope's), and my own assignments.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentService {

    /** Longest refresh period offered: ten years. */
    public static final int MAX_REFRESH_MONTHS = org.centrecpd.courses.CourseCertification.MAX_VALIDITY_MONTHS;
    /** Longest renewal window offered: a year. */
    public static final int MAX_RENEWAL_WINDOW_DAYS = org.centrecpd.courses.CourseCertification.MAX_RENEWAL_WINDOW_DAYS;
    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);
    private static final Set<Long> NONE = Set.of(-1L);

    private final AccessScope scope;
    private final AssignmentRepository assignments;
    private final Clock clock;
    private final CompletionStamps stamps;

    AssignmentService(AccessScope scope, AssignmentRepository assignments, Clock clock, CompletionStamps stamps) {
        this.stamps = stamps;
        this.scope = scope;
        this.assignments = assignments;
        this.clock = clock;
    }

    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<CourseChoice> courses() {
        return assignments.courseChoices();
    }

    /**
     * Assigns a course to everyone the request reaches in the user's scope who does not already
     * have it assigned, in one statement (a thousand people cost what one does). A centre or person
     * outside the scope is refused as "not found", and nothing is assigned.
     *
     * @return how many people were assigned (those who already had it are not counted)
     */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public int assign(Assigning request) {
        LocalDate today = LocalDate.now(clock);
        if (request.dueOn() == null || request.dueOn().isBefore(today)) {
            throw new RuleViolation("training.assign.dueInPast");
        }
        Integer months = request.refreshMonths();
        if (months != null && (months < 1 || months > MAX_REFRESH_MONTHS)) {
            throw new RuleViolation("training.assign.refreshRange", MAX_REFRESH_MONTHS);
        }
        if (months != null && (request.renewalWindowDays() < 0 || request.renewalWindowDays() > MAX_RENEWAL_WINDOW_DAYS)) {
            throw new RuleViolation("training.assign.renewalWindowRange", MAX_RENEWAL_WINDOW_DAYS);
        }
        if (request.people().isEmpty() && request.centres().isEmpty() && request.roles().isEmpty()) {
            throw new RuleViolation("training.assign.nobody");
        }
        if (!assignments.coursePublished(request.courseId())) {
            throw new NotFoundException("Course " + request.courseId());
        }
        CentreScope centres = scope.centres();
        scope.requireCentres(request.centres());
        if (!request.people().isEmpty() && assignments.countReachable(centres, request.people()) != request.people().size()) {
            throw new NotFoundException("Person");
        }
        boolean allPeople = request.people().isEmpty();
        boolean allCentres = request.centres().isEmpty();
        boolean allRoles = request.roles().isEmpty();
        Set<Long> people = allPeople ? NONE : request.people();
        Set<Long> centreIds = allCentres ? NONE : request.centres();
        Set<JobRole> roles = allRoles ? Set.of(JobRole.CENTRE_MANAGER) : request.roles();
        if (months == null) {
            return assignments.assignOnce(centres, request.courseId(), request.dueOn(), request.required(), EVER,
                allPeople, people, allCentres, centreIds, allRoles, roles);
        }
        // A completion counts if its certification is still valid today (valid until the day, inclusive).
        LocalDate windowStart = today.minusMonths(months);
        int assigned = assignments.assignRecurring(centres, request.courseId(), request.dueOn(), request.required(), months,
            request.renewalWindowDays(), windowStart, allPeople, people, allCentres, centreIds, allRoles, roles);
        stamps.recordPeriods(request.courseId(), -1);
        return assigned;
    }

    /** Today, by the application's clock: the earliest day training can be due. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Cancels an assignment from today; it stays in the person's history. */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void cancel(long assignmentId) {
        long personId = assignments.personOf(assignmentId).orElseThrow(() -> new NotFoundException("Assignment " + assignmentId));
        scope.requirePerson(personId);
        Assignment assignment = assignments.findById(assignmentId).orElseThrow();
        assignment.cancel(LocalDate.now(clock), scope.centres().accountId());
    }

    /** My assignments in force today: none for a sign-in that is not a person. */
    @PermitAll
    public MyLearningPage myLearning() {
        LocalDate today = LocalDate.now(clock);
        return new MyLearningPage(today, scope.self().map(me -> assignments.mine(me, today)).orElse(List.of()));
    }

    /** Only a person (not the first admin's bare sign-in) has reminders to turn on or off. */
    @PermitAll
    public boolean myRemindersAvailable() {
        return scope.self().isPresent();
    }

    /** Do I get reminder e-mails? (Everyone does until they turn them off.) */
    @PermitAll
    public boolean myRemindersOn() {
        return scope.self().map(assignments::remindersOn).orElse(false);
    }

    /** Turns my reminder e-mails on or off. */
    @Transactional
    @PermitAll
    public void setMyReminders(boolean on) {
        long me = scope.requireSelf("training.noPerson");
        if (on) {
            assignments.remindersBackOn(me);
        } else {
            assignments.remindersOff(me, LocalDate.now(clock));
        }
    }
}
