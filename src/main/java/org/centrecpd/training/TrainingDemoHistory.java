package org.centrecpd.training;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.centrecpd.base.PeriodFunctions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of training behind the demo, so that the roll-up, the trend, the matrices and the CPD records have a
 * shape: every member of staff (not the demo logins, whose records the walkthrough starts from) is given courses
 * over the last twelve months (most at the start of the year's programme), and completes each with the chance of
 * their centre's strength, at some time between then and today, or not yet (overdue once its due date passed). Centres differ: a few are weak, most middling, some strong. The safeguarding refresher
 * (a two-year certification) was also done by some two years ago, so some certificates are in their renewal
 * window and some have expired. Drawn from a fixed seed, with dates relative to today: the same demo every
 * day, only moved along.
 * <p>
 * Only rows are written (assignments with the dates a completion stamps, then the completions and certification
 * periods selected from them in one statement each), never figures: the roll-up, trend and exports all count the
 * same rows.
 */
final class TrainingDemoHistory {

    static final long SEED = 20261207L;
    private static final int RENEWAL_WINDOW_DAYS = 60;

    /** A course in the history: to whom (job roles, or everyone), how long to do it, and how likely it is done. */
    private record Plan(String slug, Set<String> roles, int daysToDo, double uptake, Integer refreshMonths) {
    }

    private static final List<Plan> PLANS = List.of(
        new Plan("safeguarding-refresher", Set.of(), 90, 1.0, 24),
        new Plan("reflective-practice", Set.of(), 60, 0.8, null),
        new Plan("send-in-the-early-years", Set.of("EARLY_YEARS_PRACTITIONER", "DEPUTY_MANAGER"), 75, 0.9, null),
        new Plan("family-hubs-start-for-life", Set.of("FAMILY_SUPPORT_WORKER", "OUTREACH_WORKER", "HEALTH_VISITOR", "MIDWIFE"),
            60, 0.75, null));

    private final JdbcTemplate jdbc;

    TrainingDemoHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the history and returns the number of assignments and of completions. */
    int[] write(LocalDate today) {
        Random random = new Random(SEED);
        Map<String, Long> courses = new HashMap<>();
        jdbc.query("select slug, id from course where current_version_id is not null", rs -> {
            courses.put(rs.getString(1), rs.getLong(2));
        });
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Double> strength = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        jdbc.query("""
            select e.person_id, e.centre_id, e.job_role from employment e
             where """ + PeriodFunctions.inForceSql("e.start_date", "e.end_date", "?") + """
               and not exists (select 1 from user_account u where u.person_id = e.person_id)
             order by e.centre_id, e.person_id""", rs -> {
            long person = rs.getLong(1);
            if (!seen.add(person)) {
                return; // someone working at two centres is given the courses once
            }
            double centreStrength = strength.computeIfAbsent(rs.getLong(2), c -> strength(random));
            for (Plan plan : PLANS) {
                Long course = courses.get(plan.slug());
                if (course != null && (plan.roles().isEmpty() || plan.roles().contains(rs.getString(3)))) {
                    rows.add(assignment(person, course, plan, centreStrength, today, random));
                }
            }
        }, Date.valueOf(today), Date.valueOf(today));
        jdbc.batchUpdate("""
            insert into assignment (person_id, course_id, due_on, required, refresh_months, assigned_on, completed_on, expires_on,
                                    renewal_window_days, renewal_opens_on)
            values (?, ?, ?, true, ?, ?, ?, ?, ?, ?)""", rows);
        String slugs = String.join("', '", PLANS.stream().map(Plan::slug).toList());
        int completions = jdbc.update("""
            insert into course_completion (person_id, course_id, course_version_id, version_number, completed_on, cpd_hours)
            select a.person_id, co.id, co.current_version_id, v.version_number, a.completed_on, v.cpd_hours
              from assignment a join course co on co.id = a.course_id join course_version v on v.id = co.current_version_id
             where a.completed_on is not null and co.slug in ('""" + slugs + "')");
        jdbc.update("""
            insert into certification_period (assignment_id, person_id, course_id, completed_on, valid_from, valid_until, renewal_opens_on)
            select a.id, a.person_id, a.course_id, a.completed_on, a.completed_on, a.expires_on, a.renewal_opens_on
              from assignment a join course co on co.id = a.course_id
             where a.completed_on is not null and a.expires_on is not null and co.slug in ('""" + slugs + "')");
        return new int[]{rows.size(), completions};
    }

    /** Most centres middling, one in five strong, one in six weak. */
    private static double strength(Random random) {
        int kind = random.nextInt(30);
        if (kind < 5) {
            return 0.08 + 0.15 * random.nextDouble();
        }
        if (kind < 11) {
            return 0.85 + 0.12 * random.nextDouble();
        }
        return 0.4 + 0.35 * random.nextDouble();
    }

    private static Object[] assignment(long person, long course, Plan plan, double strength, LocalDate today, Random random) {
        // The refresher's first round was two years ago: done then, it is now in its renewal window or has expired.
        boolean lastRound = plan.refreshMonths() != null && random.nextInt(8) == 0;
        // Most courses were set at the start of the year's programme, the rest as people joined or needs arose.
        LocalDate assigned = lastRound ? today.minusMonths(plan.refreshMonths()).minusDays(20 + random.nextInt(80))
            : random.nextInt(10) < 6 ? today.minusDays(300 + random.nextInt(65)) : today.minusDays(15 + random.nextInt(285));
        LocalDate due = assigned.plusDays(plan.daysToDo());
        LocalDate completed = null;
        if (random.nextDouble() < strength * plan.uptake()) {
            // Done some time between being set and today, sooner more often than later: the year's completion rises.
            long span = lastRound ? plan.daysToDo() + 42 : Math.max(1, ChronoUnit.DAYS.between(assigned, today) - 4);
            LocalDate on = assigned.plusDays(3 + (long) (span * Math.pow(random.nextDouble(), 1.2)));
            completed = on.isBefore(today) ? on : null;
        }
        TrainingStatus.Validity validity = completed == null ? null
            : TrainingStatus.validity(completed, plan.refreshMonths(), RENEWAL_WINDOW_DAYS, null, null);
        return new Object[]{person, course, Date.valueOf(due), plan.refreshMonths(), Date.valueOf(assigned),
            completed == null ? null : Date.valueOf(completed),
            validity == null ? null : Date.valueOf(validity.validUntil()), RENEWAL_WINDOW_DAYS,
            validity == null ? null : Date.valueOf(validity.renewalOpensOn())};
    }
}
