package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.MatrixFilter;
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
 * Completion views at the size of a real authority pair: the demo's 135 centres topped up to about 30
 * staff each, 40 courses, every course assigned to everyone (~160 000 assignments) and about 100 000
 * completions. Prints the server time (median) and the SQL statements of the local-authority
 * roll-up (today and as at a past date), a centre matrix and a person's record; as the baseline, the
 * same roll-up as one hand-written SQL GROUP BY through JDBC, and the ratio. Asserts only that the
 * two roll-ups agree and that statements do not grow with the data, never a time.
 * <p>
 * Run: {@code ./mvnw test -Dtest='*Benchmark'} (H2 here; PostgresCompletionBenchmark on PostgreSQL).
 */
@SpringBootTest
public class CompletionBenchmark {

    private static final int EXTRA_STAFF_PER_CENTRE = 8;
    private static final int COURSES = 40;
    private static final int ROUNDS = 15;

    @Autowired
    CompletionService completion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void completionViewsAtScale() {
        LocalDate today = completion.today();
        long seeding = System.nanoTime();
        seed(today);
        seeding = (System.nanoTime() - seeding) / 1_000_000;
        long assignments = jdbc.queryForObject("select count(*) from assignment", Long.class);
        long completions = jdbc.queryForObject("select count(*) from course_completion", Long.class);
        long people = jdbc.queryForObject("select count(distinct person_id) from employment where end_date is null", Long.class);
        long centre = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long person = jdbc.queryForObject("select min(person_id) from employment where centre_id = ?", Long.class, centre);
        LocalDate past = today.minusDays(90);
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if (product.equals("H2")) {
            // H2 hands back the previous result of an identical query on unchanged tables: measure the work, not that cache.
            jdbc.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        } else {
            jdbc.execute("analyze"); // fresh statistics after the bulk load, as autovacuum would make them
        }

        Measure rollUp = measure(() -> completion.rollUp(null));
        Measure rollUpPast = measure(() -> completion.rollUp(past));
        Measure trend = measure(() -> completion.trend());
        Measure matrix = measure(() -> completion.matrix(centre, null, MatrixFilter.ALL));
        Measure record = measure(() -> completion.personRecord(person, null));
        long admin = jdbc.queryForObject("select id from user_account where username = ?", Long.class, DemoLogins.ADMIN);
        long baseline = median(() -> {
            long t = System.nanoTime();
            jdbc.queryForList(HAND_WRITTEN, handWrittenParameters(today, admin));
            return System.nanoTime() - t;
        });
        long perPersonBaseline = median(() -> {
            long t = System.nanoTime();
            jdbc.queryForList(HAND_WRITTEN_PER_PERSON, perPersonParameters(today, admin));
            return System.nanoTime() - t;
        });

        RollUp rolled = completion.rollUp(null);
        long assignedByService = rolled.tree().stream().mapToLong(RollUp.Line::assigned).sum();
        long completedByService = rolled.tree().stream().mapToLong(RollUp.Line::completed).sum();
        List<java.util.Map<String, Object>> handRows = jdbc.queryForList(HAND_WRITTEN, handWrittenParameters(today, admin));
        long assignedByHand = handRows.stream().mapToLong(r -> ((Number) r.get("assigned")).longValue()).sum();
        long completedByHand = handRows.stream().mapToLong(r -> ((Number) r.get("completed")).longValue()).sum();
        List<java.util.Map<String, Object>> perPersonRows = jdbc.queryForList(HAND_WRITTEN_PER_PERSON, perPersonParameters(today, admin));
        long completedPerPerson = perPersonRows.stream().mapToLong(r -> ((Number) r.get("completed")).longValue()).sum();
        long overdueByHand = handRows.stream().mapToLong(r -> ((Number) r.get("overdue")).longValue()).sum();
        long overdueByService = rolled.tree().stream().mapToLong(RollUp.Line::overdue).sum();
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName() + " "
            + c.getMetaData().getDatabaseProductVersion());

        System.out.printf("""
            Completion benchmark on %s (seeded in %d ms): %d people at work, %d courses, %d assignments, %d completions
            medians of %d rounds after warm-up; statements = SQL statements the call issued
              baseline: roll-up as one hand-written SQL GROUP BY (JDBC)  %8.2f ms   1.0x
              hand-written SQL, assignments added up per person first    %8.2f ms   %.2fx   (baseline 2: the service's form)
              local-authority roll-up, today                             %8.2f ms   %.2fx   %.2fx of baseline 2   %d statement(s), %d centres
              local-authority roll-up, as at %s                  %8.2f ms   %.2fx   %d statement(s)
              trend: the roll-up at 12 days (month ends and today)       %8.2f ms           %d statement(s)
              centre matrix (Ashbrook, %d cells)                       %8.2f ms           %d statement(s)
              a person's record (%d assignments)                          %8.2f ms           %d statement(s)
            """, database, seeding, people, COURSES, assignments, completions, ROUNDS,
            baseline / 1e6, perPersonBaseline / 1e6, (double) perPersonBaseline / baseline,
            rollUp.nanos / 1e6, (double) rollUp.nanos / baseline, (double) rollUp.nanos / perPersonBaseline, rollUp.statements,
            rolled.centres().size(),
            past, rollUpPast.nanos / 1e6, (double) rollUpPast.nanos / baseline, rollUpPast.statements,
            trend.nanos / 1e6, trend.statements,
            completion.matrix(centre, null, MatrixFilter.ALL).size(), matrix.nanos / 1e6, matrix.statements,
            completion.personRecord(person, null).size(), record.nanos / 1e6, record.statements);

        assertThat(assignments).isGreaterThan(140_000);
        assertThat(completions).isGreaterThan(80_000);
        assertThat(assignedByService).isEqualTo(assignedByHand);
        assertThat(completedByService).isEqualTo(completedByHand);
        assertThat(completedPerPerson).isEqualTo(completedByHand);
        assertThat(overdueByService).isEqualTo(overdueByHand);
        // Scope checks included, each view is a fixed handful of statements, whatever the data.
        assertThat(rollUp.statements).isLessThanOrEqualTo(2);
        assertThat(matrix.statements).isLessThanOrEqualTo(3);
        assertThat(trend.statements).isLessThanOrEqualTo(2);
        assertThat(record.statements).isLessThanOrEqualTo(3);
    }

    /** The roll-up per centre in plain SQL: what the service's query does, without JPA. */
    private static final String HAND_WRITTEN = """
        select la.name as la, pr.name as provider, g.name as grp, c.name as centre,
               count(distinct e.person_id) as staff, count(a.id) as assigned,
               sum(case when a.completed_on <= ? and (a.expires_on is null or a.expires_on > ?) then 1 else 0 end) as completed,
               sum(case when a.id is null then 0
                        when a.completed_on <= ? and (a.expires_on is null or a.expires_on > ?) then 0
                        when a.completed_on <= ? and a.expires_on < ? then 1
                        when a.completed_on <= ? then 0
                        when a.due_on < ? then 1 else 0 end) as overdue
          from employment e join centre c on c.id = e.centre_id join local_authority la on la.id = c.local_authority_id
          left join centre_arrangement ca on ca.centre_id = c.id and ca.valid_from <= ? and (ca.valid_to is null or ca.valid_to > ?)
          left join provider pr on pr.id = ca.provider_id left join centre_group g on g.id = ca.centre_group_id
          left join assignment a on a.person_id = e.person_id and a.assigned_on <= ? and (a.cancelled_on is null or a.cancelled_on > ?)
         where e.start_date <= ? and (e.end_date is null or e.end_date > ?)
           and exists (select 1 from centre_access x where x.centre_id = c.id and x.account_id = ?
                       and x.valid_from <= ? and (x.valid_to is null or x.valid_to > ?))
         group by la.id, la.name, pr.id, pr.name, g.id, g.name, c.id, c.name""";

    /**
     * The same roll-up as the service now writes it, in plain SQL: each person's assignments added
     * up first (one pass, grouped by an integer), then those per-person rows joined to employment.
     * Left as first written (sums of {@code case}, the status rule spelt flat) when the service's
     * query moved to {@code count(*) filter (where …)} and a nested status rule: it stays plain,
     * hand-written SQL of the same result, not a copy tuned alongside the service.
     */
    private static final String HAND_WRITTEN_PER_PERSON = """
        select la.name as la, pr.name as provider, g.name as grp, c.name as centre,
               count(distinct e.person_id) as staff, coalesce(sum(t.assigned), 0) as assigned,
               coalesce(sum(t.completed), 0) as completed, coalesce(sum(t.overdue), 0) as overdue
          from employment e join centre c on c.id = e.centre_id join local_authority la on la.id = c.local_authority_id
          left join centre_arrangement ca on ca.centre_id = c.id and ca.valid_from <= ? and (ca.valid_to is null or ca.valid_to > ?)
          left join provider pr on pr.id = ca.provider_id left join centre_group g on g.id = ca.centre_group_id
          left join (select a.person_id, count(*) as assigned,
                            sum(case when a.completed_on <= ? and (a.expires_on is null or a.expires_on > ?) then 1 else 0 end) as completed,
                            sum(case when a.completed_on <= ? and (a.expires_on is null or a.expires_on > ?) then 0
                                     when a.completed_on <= ? and a.expires_on < ? then 1
                                     when a.completed_on <= ? then 0
                                     when a.due_on < ? then 1 else 0 end) as overdue
                       from assignment a where a.assigned_on <= ? and (a.cancelled_on is null or a.cancelled_on > ?)
                      group by a.person_id) t on t.person_id = e.person_id
         where e.start_date <= ? and (e.end_date is null or e.end_date > ?)
           and exists (select 1 from centre_access x where x.centre_id = c.id and x.account_id = ?
                       and x.valid_from <= ? and (x.valid_to is null or x.valid_to > ?))
         group by la.id, la.name, pr.id, pr.name, g.id, g.name, c.id, c.name""";

    /** As {@link #handWrittenParameters}: the same fourteen days, account, two days, in this query's order. */
    private static Object[] perPersonParameters(LocalDate day, long account) {
        return handWrittenParameters(day, account);
    }

    /** The day fourteen times, the admin's account, the day twice more: in the order of the ? above. */
    private static Object[] handWrittenParameters(LocalDate day, long account) {
        List<Object> parameters = new ArrayList<>(java.util.Collections.nCopies(14, Date.valueOf(day)));
        parameters.add(account);
        parameters.add(Date.valueOf(day));
        parameters.add(Date.valueOf(day));
        return parameters.toArray();
    }

    record Measure(long nanos, long statements) {
    }

    private Measure measure(Supplier<Object> call) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        call.get();
        long statements = stats.getPrepareStatementCount();
        long nanos = median(() -> {
            long t = System.nanoTime();
            call.get();
            return System.nanoTime() - t;
        });
        return new Measure(nanos, statements);
    }

    private static long median(java.util.function.LongSupplier run) {
        for (int i = 0; i < 5; i++) {
            run.getAsLong();
        }
        long[] times = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            times[i] = run.getAsLong();
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }

    /** Seeds the benchmark's size on the demo data (also used by ReviewBenchmark). */
    void seed(LocalDate today) {
        seed(jdbc, today);
    }

    static void seed(JdbcTemplate jdbc, LocalDate today) {
        String kind = jdbc.queryForObject("select min(kind) from course_version", String.class);
        for (int i = 1; i <= COURSES - 5; i++) {
            String slug = "benchmark-course-" + i;
            jdbc.update("insert into course (slug, folder) values (?, ?)", slug, slug);
            jdbc.update("""
                insert into course_version (course_id, version_number, fingerprint, title, kind, summary, cpd_hours, unit_count,
                    question_count, imported_at)
                select id, 1, 'f', ?, ?, 'Benchmark course', 2, 3, 3, current_timestamp from course where slug = ?""",
                "Benchmark course " + i, kind, slug);
            jdbc.update("update course set current_version_id = (select max(v.id) from course_version v where v.course_id = course.id) where slug = ?", slug);
        }
        List<Long> centres = jdbc.queryForList("select id from centre order by id", Long.class);
        List<Object[]> people = new ArrayList<>();
        for (long centre : centres) {
            for (int i = 0; i < EXTRA_STAFF_PER_CENTRE; i++) {
                people.add(new Object[] {"Bench Person " + centre + "-" + i, "bench-" + centre + "-" + i + "@bench.example"});
            }
        }
        jdbc.batchUpdate("insert into person (full_name, email, job_role) values (?, ?, 'FAMILY_SUPPORT_WORKER')", people);
        jdbc.update("""
            insert into employment (person_id, centre_id, job_role, start_date)
            select p.id, cast(substring(p.email, 7, position('-' in substring(p.email, 7)) - 1) as bigint), 'FAMILY_SUPPORT_WORKER',
                   date '2024-09-01'
              from person p where p.email like 'bench-%@bench.example'""");
        // The demo's history certified some of them: its periods go with them.
        jdbc.update("delete from certification_period");
        jdbc.update("delete from assignment");
        Date d = Date.valueOf(today);
        jdbc.update("""
            insert into assignment (person_id, course_id, due_on, required, assigned_on)
            select e.person_id, c.id,
                   case mod(e.person_id + c.id, 3) when 0 then cast(? as date) when 1 then cast(? as date) else cast(? as date) end,
                   true,
                   case mod(e.person_id, 2) when 0 then cast(? as date) else cast(? as date) end
              from (select distinct person_id from employment where start_date <= ? and (end_date is null or end_date > ?)) e
              cross join course c
             where c.current_version_id is not null""",
            Date.valueOf(today.minusDays(30)), Date.valueOf(today.plusDays(30)), Date.valueOf(today.plusDays(90)),
            Date.valueOf(today.minusDays(200)), Date.valueOf(today.minusDays(60)), d, d);
        jdbc.update("""
            insert into course_completion (person_id, course_id, course_version_id, version_number, completed_on, cpd_hours)
            select a.person_id, a.course_id, c.current_version_id, 1,
                   case mod(a.person_id + a.course_id, 4) when 0 then cast(? as date) when 1 then cast(? as date)
                        when 2 then cast(? as date) else cast(? as date) end, 2
              from assignment a join course c on c.id = a.course_id
             where mod(a.person_id * 7 + a.course_id * 3, 8) < 5
               and not exists (select 1 from course_completion x where x.person_id = a.person_id and x.course_id = a.course_id)""",
            Date.valueOf(today.minusDays(300)), Date.valueOf(today.minusDays(120)), Date.valueOf(today.minusDays(45)),
            Date.valueOf(today.minusDays(5)));
        jdbc.update("""
            update assignment set completed_on = (select cc.completed_on from course_completion cc
                                                   where cc.person_id = assignment.person_id and cc.course_id = assignment.course_id)""");
    }
}
