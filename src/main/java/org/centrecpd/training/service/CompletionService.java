package org.centrecpd.training.service;

import org.centrecpd.training.domain.DatedCentreTotals;
import org.centrecpd.training.domain.PersonAssignment;
import org.centrecpd.training.domain.MatrixCell;
import org.centrecpd.training.domain.CentreTotals;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.centrecpd.training.domain.AssignmentRepository;
import org.centrecpd.training.domain.CompletionFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion as managers and partners read it: a centre's matrix, the roll-up from centre to local
 * authority, one person's record; today or as at any earlier day. Each is one statement, counted
 * by the database. Which centres and people: AccessScope's today (a partner looking back sees the
 * centres they oversee now, as they were then).
 */
@Service
@Transactional(readOnly = true)
public class CompletionService {

    private final AccessScope scope;
    private final AssignmentRepository assignments;
    private final CompletionFigures figures;
    private final Clock clock;

    CompletionService(AccessScope scope, AssignmentRepository assignments, CompletionFigures figures, Clock clock) {
        this.scope = scope;
        this.assignments = assignments;
        this.figures = figures;
        this.clock = clock;
    }

    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Staff × assigned courses of a centre in scope, as at {@code day} (null: today). */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<MatrixCell> matrix(long centreId, LocalDate day, MatrixFilter filter) {
        scope.requireCentre(centreId);
        CorePurposeArea area = filter.area() == null ? CorePurposeArea.IMPROVING_OUTCOMES : filter.area();
        return figures.matrix(centreId, orToday(day), filter.courseId() == null ? -1 : filter.courseId(),
            filter.area() == null, area, filter.status() == null ? -1 : filter.status().ordinal());
    }

    /** Completion per centre in scope as at {@code day} (null: today), under that day's provider and group. */
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public RollUp rollUp(LocalDate day) {
        LocalDate asAt = orToday(day);
        return new RollUp(asAt, figures.rollUp(scope.centres(), asAt));
    }

    /**
     * The roll-up as at the end of each of the last eleven months and today, oldest first, from one
     * statement: the points of the trend chart, each exactly {@link #rollUp} as at its day. Scoped like everything
     * here, so a manager's is their own centres' (their home shows it).
     */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<RollUp> trend() {
        return trend(-1);
    }

    /** As {@link #trend()}, for one centre in scope (its managers see it too). */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<RollUp> centreTrend(long centreId) {
        scope.requireCentre(centreId);
        return trend(centreId);
    }

    /** The days of the trend: the last day of each of the eleven months before this one, then today. */
    public static List<LocalDate> trendDays(LocalDate today) {
        LocalDate monthStart = today.withDayOfMonth(1);
        List<LocalDate> days = new java.util.ArrayList<>();
        for (int k = 1; k <= 11; k++) {
            days.add(monthStart.plusMonths(k - 11).minusDays(1));
        }
        days.add(today);
        return days;
    }

    private List<RollUp> trend(long centreId) {
        LocalDate today = LocalDate.now(clock);
        java.util.Map<LocalDate, List<CentreTotals>> byDay = new java.util.LinkedHashMap<>();
        // Every day gets a point, even one on which nobody in scope worked anywhere.
        trendDays(today).forEach(d -> byDay.put(d, new java.util.ArrayList<>()));
        for (DatedCentreTotals row : figures.trend(scope.centres(), trendDays(today), centreId)) {
            byDay.computeIfAbsent(row.day(), d -> new java.util.ArrayList<>()).add(row.totals());
        }
        return byDay.entrySet().stream().map(e -> new RollUp(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Core-purpose coverage of a centre in scope as at {@code day} (null: today): all eight areas, gaps included. Two statements. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public Coverage coverage(long centreId, LocalDate day) {
        scope.requireCentre(centreId, day);
        LocalDate asAt = orToday(day);
        long staff = figures.staffOn(centreId, asAt);
        java.util.Map<CorePurposeArea, Long> trained = new java.util.EnumMap<>(CorePurposeArea.class);
        figures.coverage(centreId, asAt).forEach(c -> trained.put(c.area(), c.trained()));
        return new Coverage(asAt, staff, java.util.Arrays.stream(CorePurposeArea.values())
            .map(a -> {
                long n = trained.getOrDefault(a, 0L);
                return new Coverage.Area(a, n, staff == 0 ? 0 : (int) Math.round(100.0 * n / staff));
            }).toList());
    }

    /** A person's assignments, cancelled ones included, with their status on {@code day} (null: today). */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<PersonAssignment> personRecord(long personId, LocalDate day) {
        scope.requirePerson(personId);
        return assignments.ofPerson(personId, orToday(day));
    }

    /** The name of a person in scope, for headings. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public String personName(long personId) {
        scope.requirePerson(personId);
        return assignments.personName(personId).orElseThrow(() -> new org.centrecpd.base.NotFoundException("Person " + personId));
    }

    private LocalDate orToday(LocalDate day) {
        return day == null ? LocalDate.now(clock) : day;
    }
}
