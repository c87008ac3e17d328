package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.RollUp;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Expiries at the size of a real authority pair (issue 32 §6): {@link CompletionBenchmark}'s seed (about 4 000 people at
 * work, 45 published courses, ~115 000 completions), then every course assigned to everyone with a ten-month validity and a 60-day
 * renewal window: ~180 000 assignments, each with its valid-until and renewal-window day computed from the latest
 * completion, and a certification period recorded for each one held. Prints the time and SQL statements of assigning
 * (one course, median of the 40; and all 40), the same expiry computed by one hand-written SQL query per course through
 * JDBC (the baseline, read only) and the ratio; then the roll-up's renewal-due and expired counts over all of them.
 * Asserts only that statements do not grow with the data and that the expiries agree with the baseline, never a time.
 * <p>
 * Run: {@code ./mvnw test -Dtest=ExpiryBenchmark} (H2 here; PostgresExpiryBenchmark on PostgreSQL).
 */
@SpringBootTest
public class ExpiryBenchmark {

    /** Ten months: the seed's oldest completions (300 days ago) are then inside their renewal window today. */
    private static final int VALIDITY_MONTHS = 10;
    private static final int WINDOW_DAYS = 60;

    @Autowired
    AssignmentService assignments;
    @Autowired
    CompletionService completion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void expiriesAtScale() {
        LocalDate today = assignments.today();
        CompletionBenchmark.seed(jdbc, today);
        jdbc.update("delete from certification_period");
        jdbc.update("delete from assignment");
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if (product.equals("H2")) {
            jdbc.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        } else {
            jdbc.execute("analyze");
        }
        List<Long> courses = jdbc.queryForList("select id from course where current_version_id is not null order by id", Long.class);
        LocalDate due = today.plusDays(30);

        long baselineTotal = 0;
        long[] baseline = new long[courses.size()];
        for (int i = 0; i < courses.size(); i++) {
            long t = System.nanoTime();
            jdbc.queryForList(HAND_WRITTEN, Date.valueOf(today.minusMonths(VALIDITY_MONTHS)), courses.get(i),
                Date.valueOf(today), Date.valueOf(today));
            baseline[i] = System.nanoTime() - t;
            baselineTotal += baseline[i];
        }
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long[] perCourse = new long[courses.size()];
        long[] statements = new long[courses.size()];
        long total = 0;
        int assigned = 0;
        for (int i = 0; i < courses.size(); i++) {
            stats.clear();
            long t = System.nanoTime();
            // Every job role in every centre of the admin's scope: naming the 135 centres instead would cost one scope
            // check per centre named (AssignmentService.assign checks each), which is not what is measured here.
            assigned += assignments.assign(Assigning.toRoles(courses.get(i), Set.of(JobRole.values()), Set.of(), due, true,
                VALIDITY_MONTHS).withRenewalWindow(WINDOW_DAYS));
            perCourse[i] = System.nanoTime() - t;
            statements[i] = stats.getPrepareStatementCount();
            total += perCourse[i];
        }
        long withExpiry = jdbc.queryForObject("select count(*) from assignment where expires_on is not null", Long.class);
        long periods = jdbc.queryForObject("select count(*) from certification_period", Long.class);
        long expiredByHand = jdbc.queryForObject("select count(*) from assignment where expires_on < ?", Long.class, Date.valueOf(today));
        long windowOpenByHand = jdbc.queryForObject(
            "select count(*) from assignment where expires_on >= ? and renewal_opens_on <= ?", Long.class, Date.valueOf(today), Date.valueOf(today));
        stats.clear();
        long t = System.nanoTime();
        RollUp rolled = completion.rollUp(null);
        long rollUpNanos = System.nanoTime() - t;
        long rollUpStatements = stats.getPrepareStatementCount();
        long expired = rolled.tree().stream().mapToLong(RollUp.Line::expired).sum();
        long renewalDue = rolled.tree().stream().mapToLong(RollUp.Line::renewalDue).sum();
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName() + " "
            + c.getMetaData().getDatabaseProductVersion());

        System.out.printf("""
            Expiry benchmark on %s: %d courses assigned to everyone with a %d-month validity and a %d-day window
              %d assignments, %d with a valid-until day, %d certification periods recorded
              baseline: the expiry per person as one hand-written SQL query (JDBC, read only)
                one course, median                                     %8.2f ms   1.0x
                all %d courses                                         %8.2f ms
              assigning with expiries computed (AssignmentService.assign: insert-select + periods)
                one course, median                                     %8.2f ms   %.2fx   %d statement(s) (max over courses)
                one course, slowest (course %d of %d)                  %8.2f ms
                all %d courses                                         %8.2f ms   %.2fx
              roll-up over them (renewal due %d, expired %d)           %8.2f ms           %d statement(s)
              (by hand over all assignments: window open %d, expired %d)
            """, database, courses.size(), VALIDITY_MONTHS, WINDOW_DAYS, assigned, withExpiry, periods,
            median(baseline) / 1e6, courses.size(), baselineTotal / 1e6,
            median(perCourse) / 1e6, (double) median(perCourse) / median(baseline), Arrays.stream(statements).max().orElse(0),
            slowest(perCourse) + 1, courses.size(), Arrays.stream(perCourse).max().orElse(0) / 1e6,
            courses.size(), total / 1e6, (double) total / baselineTotal, renewalDue, expired, rollUpNanos / 1e6, rollUpStatements,
            windowOpenByHand, expiredByHand);

        assertThat(assigned).isGreaterThan(160_000);
        assertThat(withExpiry).isGreaterThan(80_000);
        assertThat(periods).isEqualTo(withExpiry);
        assertThat(renewalDue).isPositive();
        // Four thousand people a course: still a fixed handful of statements (scope, checks, one insert-select, the periods).
        assertThat(Arrays.stream(statements).max().orElse(0)).isLessThanOrEqualTo(12);
        assertThat(rollUpStatements).isLessThanOrEqualTo(2);
    }

    /** The valid-until day of each person's latest completion of one course within the validity: what assign computes. */
    private static final String HAND_WRITTEN = """
        select e.person_id, max(cc.completed_on) as completed_on
          from (select distinct person_id from employment) e
          left join course_completion cc on cc.person_id = e.person_id and cc.completed_on > ? and cc.course_id = ?
         where exists (select 1 from employment x where x.person_id = e.person_id and x.start_date <= ?
                       and (x.end_date is null or x.end_date > ?))
         group by e.person_id""";

    private static int slowest(long[] values) {
        int at = 0;
        for (int i = 1; i < values.length; i++) {
            at = values[i] > values[at] ? i : at;
        }
        return at;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
