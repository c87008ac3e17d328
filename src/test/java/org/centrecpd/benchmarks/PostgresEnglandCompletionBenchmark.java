package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.support.SignIn;
import org.centrecpd.support.TestPostgres;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.RollUp;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The completion roll-up at England's size on PostgreSQL (issue 35 §5): 150 local authorities (one of 80 centres,
 * the rest of about 20), 3 000 centres under 300 providers and 600 groups, 30 staff each (90 000 people, 2% of them
 * moved centre half a year ago), 40 courses of which 10 are certifications, every course assigned to everyone
 * (3.6 million assignments) with a spread of completed, renewal due, expired, due, overdue and cancelled, and the
 * certification periods the as-at status reads. All generated set-based in SQL, without the demo data.
 * <p>
 * Times, through the app's own {@link CompletionService#rollUp} (the query the roll-up view runs), one authority's
 * roll-up (signed in as an improvement partner overseeing the 80-centre authority) and the national one (an admin),
 * today and as at a past day, each against a hand-written SQL baseline of the same result, measured in the same
 * run, interleaved round by round. Prints medians, ratios and statements; asserts that service and baseline agree
 * and that each call is one statement, never a time.
 * <p>
 * Not part of {@code ./mvnw verify} (Surefire runs *Test classes only). Run alone, it takes a few minutes:
 * {@code ./mvnw test -Dtest=PostgresEnglandCompletionBenchmark}
 */
@SpringBootTest(properties = "spring.profiles.active=postgres")
class PostgresEnglandCompletionBenchmark {

    private static final int AUTHORITIES = 150;
    private static final int CENTRES = 3_000;
    private static final int BIG_AUTHORITY_CENTRES = 80;
    private static final int STAFF_PER_CENTRE = 30;
    private static final int COURSES = 40;
    private static final int CERTIFICATIONS = 10;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final String ADMIN = "england-admin@bench.example";
    private static final String PARTNER = "england-partner@bench.example";

    @Autowired
    CompletionService completion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    UserDetailsService users;
    @Autowired
    java.time.Clock clock;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rollUpsAtEnglandsSize() {
        // A few MB per sort or hash rather than PostgreSQL's 4 MB default: the national roll-up groups 3 000 centres
        // from 90 000 per-person rows. shared_buffers needs a restart, so it stays at the default 128 MB: the
        // tables live in the operating system's cache, as they would on a server whose RAM holds them.
        jdbc.execute("alter system set work_mem = '64MB'");
        jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
        LocalDate today = LocalDate.now(clock);
        long generation = System.nanoTime();
        generate(today);
        generation = (System.nanoTime() - generation) / 1_000_000;
        long analyse = System.nanoTime();
        jdbc.execute("vacuum analyze"); // as autovacuum leaves a bulk-loaded table: statistics, and a visibility map for index-only scans
        analyse = (System.nanoTime() - analyse) / 1_000_000;

        long assignments = jdbc.queryForObject("select count(*) from assignment", Long.class);
        long people = jdbc.queryForObject("select count(distinct person_id) from employment where end_date is null", Long.class);
        String tableSize = jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size('assignment'))", String.class);
        long admin = account(ADMIN);
        long partner = account(PARTNER);
        LocalDate past = today.minusDays(120);

        List<Figure> figures = new ArrayList<>();
        SignIn.as(users, PARTNER);
        figures.add(figure("one authority (80 centres, 2 400 staff), today", () -> completion.rollUp(null), partner, today));
        figures.add(figure("one authority, as at " + past, () -> completion.rollUp(past), partner, past));
        SignIn.as(users, ADMIN);
        figures.add(figure("England (3 000 centres, 90 000 staff), today", () -> completion.rollUp(null), admin, today));
        figures.add(figure("England, as at " + past, () -> completion.rollUp(past), admin, past));

        System.out.printf("%nCompletion roll-up at England's size on PostgreSQL %s: %d people at work, %d courses, %d assignments"
                + " (table and indexes %s), generated in %.1f s, vacuum analyze %.1f s; work_mem 64MB, shared_buffers default;"
                + " medians of %d rounds after the 3 counted calls and 1 warm-up round, service and baseline interleaved%n",
            jdbc.queryForObject("show server_version", String.class), people, COURSES, assignments, tableSize,
            generation / 1e3, analyse / 1e3, ROUNDS);
        System.out.printf("| figure | median ms | baseline ms | ratio | statements | goal (<= 1 s, <= 1.5x) met? |%n|---|---|---|---|---|---|%n");
        for (Figure f : figures) {
            System.out.printf("| %s | %.0f | %.0f | %.2f | %d | %s |%n", f.name, f.nanos / 1e6, f.baselineNanos / 1e6,
                (double) f.nanos / f.baselineNanos, f.statements,
                f.nanos <= 1_000_000_000L && f.nanos <= 1.5 * f.baselineNanos ? "yes" : "no");
        }

        remedies(today, past, admin, partner);

        assertThat(assignments).isGreaterThan(3_500_000);
        for (Figure f : figures) {
            assertThat(f.statements).as(f.name).isEqualTo(1);
            assertThat(f.serviceTotals).as(f.name).isEqualTo(f.baselineTotals);
        }
        assertThat(figures.get(0).serviceTotals.get(0)).isBetween(2_300L * COURSES, 2_500L * COURSES);
    }

    /**
     * Why the figures miss, and two remedies measured here only (no production query or schema changed): the plans of
     * the baseline, the authority's roll-up with its people chosen before their assignments are added up, and the
     * roll-up from a table of each person's totals today, as a table kept by events would hold them.
     */
    private void remedies(LocalDate today, LocalDate past, long admin, long partner) {
        for (long account : new long[] {partner, admin}) {
            System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) of the baseline, today, account " + account + ":");
            named.queryForList("explain (analyze, buffers) " + HAND_WRITTEN, Map.of("day", today, "account", account))
                .forEach(r -> System.out.println("  " + r.values().iterator().next()));
        }
        System.out.printf("%n| remedy (benchmark only) | median ms | baseline ms (same run) | ratio | same totals? |%n|---|---|---|---|---|%n");
        String scopeFirst = HAND_WRITTEN.replace("from assignment a where a.assigned_on <= :day",
            "from assignment a where a.person_id in (select se.person_id from employment se"
                + " where se.start_date <= :day and (se.end_date is null or se.end_date > :day) and "
                + CentreScope.coversSql("se.centre_id", ":account", ":day") + ") and a.assigned_on <= :day");
        for (LocalDate day : new LocalDate[] {today, past}) {
            Map<String, Object> parameters = Map.of("day", day, "account", partner);
            long[][] times = interleavedMedians(
                () -> time(() -> named.queryForList(scopeFirst, parameters)),
                () -> time(() -> named.queryForList(HAND_WRITTEN, parameters)));
            boolean same = totals(named.queryForList(scopeFirst, parameters)).equals(totals(named.queryForList(HAND_WRITTEN, parameters)));
            System.out.printf("| one authority, %s: its people chosen first, then their assignments added up | %.0f | %.0f | %.2f | %s |%n",
                day.equals(today) ? "today" : "as at " + day, times[0][ROUNDS / 2] / 1e6, times[1][ROUNDS / 2] / 1e6,
                (double) times[0][ROUNDS / 2] / times[1][ROUNDS / 2], same);
        }
        // An admin sees every centre by rule: the same roll-up without the scope's exists, so no join on centre_access.
        String everyCentre = HAND_WRITTEN.replace("and " + CentreScope.coversSql("c.id", ":account", ":day"), "");
        for (LocalDate day : new LocalDate[] {today, past}) {
            Map<String, Object> parameters = Map.of("day", day, "account", admin);
            long[][] times = interleavedMedians(
                () -> time(() -> named.queryForList(everyCentre, parameters)),
                () -> time(() -> named.queryForList(HAND_WRITTEN, parameters)));
            boolean same = totals(named.queryForList(everyCentre, parameters)).equals(totals(named.queryForList(HAND_WRITTEN, parameters)));
            System.out.printf("| England, %s: without the scope's exists (an admin sees every centre) | %.0f | %.0f | %.2f | %s |%n",
                day.equals(today) ? "today" : "as at " + day, times[0][ROUNDS / 2] / 1e6, times[1][ROUNDS / 2] / 1e6,
                (double) times[0][ROUNDS / 2] / times[1][ROUNDS / 2], same);
        }
        // Each person's totals today, as a table that assignment events (assigned, completed, cancelled) and one nightly
        // pass (what turns overdue or expires with the date) would keep: built here in one statement, timed.
        String status = STATUS.replace(":day", "current_date");
        long build = System.nanoTime();
        jdbc.execute("create table person_training_today as select a.person_id, count(*) as assigned,"
            + " count(*) filter (where " + status + " in (2, 4)) as completed, count(*) filter (where " + status + " = 1) as overdue"
            + " from assignment a where a.assigned_on <= current_date and (a.cancelled_on is null or a.cancelled_on > current_date)"
            + " group by a.person_id");
        jdbc.execute("alter table person_training_today add primary key (person_id)");
        jdbc.execute("analyze person_training_today");
        build = (System.nanoTime() - build) / 1_000_000;
        String fromSummary = HAND_WRITTEN.substring(0, HAND_WRITTEN.indexOf("left join (select a.person_id"))
            + "left join person_training_today t on t.person_id = e.person_id\n"
            + HAND_WRITTEN.substring(HAND_WRITTEN.indexOf(" where e.start_date <= :day"));
        for (long account : new long[] {partner, admin}) {
            Map<String, Object> parameters = Map.of("day", today, "account", account);
            long[][] times = interleavedMedians(
                () -> time(() -> named.queryForList(fromSummary, parameters)),
                () -> time(() -> named.queryForList(HAND_WRITTEN, parameters)));
            boolean same = totals(named.queryForList(fromSummary, parameters)).equals(totals(named.queryForList(HAND_WRITTEN, parameters)));
            System.out.printf("| %s, today: from a table of each person's totals (built in %d ms) | %.0f | %.0f | %.2f | %s |%n",
                account == admin ? "England" : "one authority", build, times[0][ROUNDS / 2] / 1e6, times[1][ROUNDS / 2] / 1e6,
                (double) times[0][ROUNDS / 2] / times[1][ROUNDS / 2], same);
        }
        jdbc.execute("drop table person_training_today");
    }

    private static List<Long> totals(List<Map<String, Object>> rows) {
        return List.of(rows.stream().mapToLong(r -> ((Number) r.get("assigned")).longValue()).sum(),
            rows.stream().mapToLong(r -> ((Number) r.get("completed")).longValue()).sum(),
            rows.stream().mapToLong(r -> ((Number) r.get("overdue")).longValue()).sum(), (long) rows.size());
    }

    record Figure(String name, long nanos, long baselineNanos, long statements, List<Long> serviceTotals, List<Long> baselineTotals) {
    }

    private Figure figure(String name, Supplier<RollUp> rollUp, long account, LocalDate day) {
        // Hibernate's statistics count every thread's statements, and the app's scheduled jobs (the document queue's
        // poll, the event registry) run during a call of seconds: the fewest of three calls is the call's own count.
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        RollUp rolled = null;
        long statements = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.clear();
            rolled = rollUp.get();
            statements = Math.min(statements, stats.getPrepareStatementCount());
        }
        Map<String, Object> parameters = Map.of("day", day, "account", account);
        List<Map<String, Object>> rows = named.queryForList(HAND_WRITTEN, parameters);
        List<Long> serviceTotals = List.of(
            rolled.tree().stream().mapToLong(RollUp.Line::assigned).sum(),
            rolled.tree().stream().mapToLong(RollUp.Line::completed).sum(),
            rolled.tree().stream().mapToLong(RollUp.Line::overdue).sum(),
            (long) rolled.centres().size());
        List<Long> baselineTotals = List.of(
            rows.stream().mapToLong(r -> ((Number) r.get("assigned")).longValue()).sum(),
            rows.stream().mapToLong(r -> ((Number) r.get("completed")).longValue()).sum(),
            rows.stream().mapToLong(r -> ((Number) r.get("overdue")).longValue()).sum(),
            (long) rows.size());
        long[][] times = interleavedMedians(
            () -> time(rollUp::get),
            () -> time(() -> named.queryForList(HAND_WRITTEN, parameters)));
        return new Figure(name, times[0][ROUNDS / 2], times[1][ROUNDS / 2], statements, serviceTotals, baselineTotals);
    }

    /** Service and baseline alternately, so that the other build on this machine weighs on both alike. */
    private static long[][] interleavedMedians(LongSupplier service, LongSupplier baseline) {
        for (int i = 0; i < 1; i++) {
            service.getAsLong();
            baseline.getAsLong();
        }
        long[][] times = new long[2][ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            times[0][i] = service.getAsLong();
            times[1][i] = baseline.getAsLong();
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        return times;
    }

    private static long time(Supplier<?> call) {
        long t = System.nanoTime();
        call.get();
        return System.nanoTime() - t;
    }

    private long account(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    /**
     * The roll-up per centre as plain SQL through JDBC: each person's assignments in force that day added up
     * first, joined to the employment, centre, authority and that day's provider and group, within the centres
     * the account reaches. The status rule is {@link TrainingStatus#sql}'s SQL (the rule has one owner), over
     * columns rather than the query language's function; the scope is the same {@code centre_access} exists.
     */
    private static final String STATUS = TrainingStatus.sql("a.id", "a.completed_on", "a.expires_on", "a.renewal_opens_on",
        "a.due_on", ":day");
    private static final String HAND_WRITTEN = """
        select la.name as la, pr.name as provider, g.name as grp, c.name as centre,
               count(distinct e.person_id) as staff, coalesce(sum(t.assigned), 0) as assigned,
               coalesce(sum(t.completed), 0) as completed, coalesce(sum(t.overdue), 0) as overdue
          from employment e join centre c on c.id = e.centre_id join local_authority la on la.id = c.local_authority_id
          left join centre_arrangement ca on ca.centre_id = c.id and ca.valid_from <= :day and (ca.valid_to is null or ca.valid_to > :day)
          left join provider pr on pr.id = ca.provider_id left join centre_group g on g.id = ca.centre_group_id
          left join (select a.person_id, count(*) as assigned,
                            count(*) filter (where %1$s in (2, 4)) as completed,
                            count(*) filter (where %1$s = 1) as overdue
                       from assignment a where a.assigned_on <= :day and (a.cancelled_on is null or a.cancelled_on > :day)
                      group by a.person_id) t on t.person_id = e.person_id
         where e.start_date <= :day and (e.end_date is null or e.end_date > :day)
           and %2$s
         group by la.id, la.name, pr.id, pr.name, g.id, g.name, c.id, c.name""".formatted(STATUS,
        CentreScope.coversSql("c.id", ":account", ":day"));

    /**
     * England, set-based: a few statements of {@code insert … select} over {@code generate_series}, each row's
     * dates drawn from a hash of its numbers so that every run makes the same data.
     */
    private void generate(LocalDate today) {
        jdbc.update("""
            insert into local_authority (name) select 'Authority ' || lpad(n::text, 3, '0') from generate_series(1, ?) n""", AUTHORITIES);
        jdbc.update("""
            insert into provider (local_authority_id, name)
            select la.id, 'Provider ' || k || ' of ' || la.name from local_authority la cross join generate_series(1, 2) k
             where la.name like 'Authority %'""");
        jdbc.update("""
            insert into centre_group (local_authority_id, name)
            select la.id, 'Group ' || k || ' of ' || la.name from local_authority la cross join generate_series(1, 4) k
             where la.name like 'Authority %'""");
        // Authority 001 is a large county (80 centres); the rest share the others, about 20 each.
        jdbc.update("""
            insert into centre (local_authority_id, name, postcode)
            select la.id, 'Centre ' || lpad(n::text, 4, '0'), 'ZZ1 1ZZ'
              from generate_series(1, ?) n
              join local_authority la on la.name = 'Authority ' || lpad((case when n <= ? then 1 else 2 + n %% ? end)::text, 3, '0')
            """.formatted(), CENTRES, BIG_AUTHORITY_CENTRES, AUTHORITIES - 1);
        // Each centre under one of its authority's providers and groups since 2020; one in ten changed provider 200 days ago.
        jdbc.update("""
            insert into centre_arrangement (centre_id, provider_id, centre_group_id, valid_from, valid_to)
            select c.id, (select min(p.id) from provider p where p.local_authority_id = c.local_authority_id),
                   (select min(g.id) + c.id % 4 from centre_group g where g.local_authority_id = c.local_authority_id),
                   date '2020-04-01', case when c.id % 10 = 0 then cast(? as date) end
              from centre c where c.name like 'Centre %'""", today.minusDays(200));
        jdbc.update("""
            insert into centre_arrangement (centre_id, provider_id, centre_group_id, valid_from)
            select c.id, (select max(p.id) from provider p where p.local_authority_id = c.local_authority_id),
                   (select min(g.id) + c.id % 4 from centre_group g where g.local_authority_id = c.local_authority_id), ?
              from centre c where c.name like 'Centre %' and c.id % 10 = 0""", today.minusDays(200));
        jdbc.update("""
            insert into person (full_name, email, job_role)
            select 'Staff ' || n, 'staff-' || n || '@england.example', 'FAMILY_SUPPORT_WORKER' from generate_series(1, ?) n""",
            CENTRES * STAFF_PER_CENTRE);
        // Person n works at the n/30-th centre, since a day in the last eight years; 2% moved there 150 days ago from the
        // next centre along.
        jdbc.update("""
            create unlogged table england_staff as
            select p.id as person_id, c.id as centre_id, nc.id as previous_centre_id, s.n
              from (select n from generate_series(1, ?) n) s
              join person p on p.email = 'staff-' || s.n || '@england.example'
              join centre c on c.name = 'Centre ' || lpad(((s.n - 1) / ? + 1)::text, 4, '0')
              join centre nc on nc.name = 'Centre ' || lpad((((s.n - 1) / ? + 1) %% ? + 1)::text, 4, '0')""".formatted(),
            CENTRES * STAFF_PER_CENTRE, STAFF_PER_CENTRE, STAFF_PER_CENTRE, CENTRES);
        jdbc.update("""
            insert into employment (person_id, centre_id, job_role, start_date)
            select person_id, centre_id, 'FAMILY_SUPPORT_WORKER',
                   case when n % 50 = 0 then cast(? as date) else cast(? as date) - (n * 7919 % 2900) end
              from england_staff""", today.minusDays(150), today.minusDays(30));
        jdbc.update("""
            insert into employment (person_id, centre_id, job_role, start_date, end_date)
            select person_id, previous_centre_id, 'FAMILY_SUPPORT_WORKER', date '2019-09-01', cast(? as date)
              from england_staff where n % 50 = 0""", today.minusDays(150));
        jdbc.update("""
            insert into course (slug, folder, validity_months, renewal_window_days)
            select 'england-course-' || k, 'england-course-' || k, case when k <= ? then 12 end, case when k <= ? then 60 end
              from generate_series(1, ?) k""", CERTIFICATIONS, CERTIFICATIONS, COURSES);
        jdbc.update("""
            insert into course_version (course_id, version_number, fingerprint, title, kind, summary, cpd_hours, unit_count,
                question_count, imported_at)
            select id, 1, 'f', 'England course ' || substring(slug from 16), 'WORKSHOP', 'Benchmark course', 2, 3, 3, current_timestamp
              from course where slug like 'england-course-%'""");
        jdbc.update("""
            update course set current_version_id = (select v.id from course_version v where v.course_id = course.id)
             where slug like 'england-course-%'""");
        // Every course for everyone, assigned on a day of the last two years, due 90 days later. h is the row's dice:
        // 2% cancelled; of the rest about 70% completed within 200 days of being assigned (if that day has come),
        // certifications valid 12 months with a 60-day renewal window, so some are held, some renewal due, some expired.
        jdbc.update("""
            insert into assignment (person_id, course_id, due_on, required, refresh_months, assigned_on, cancelled_on,
                                    completed_on, expires_on, renewal_window_days, renewal_opens_on)
            select person_id, course_id, assigned_on + 90, true, case when certification then 12 end, assigned_on,
                   case when h % 50 = 0 then least(assigned_on + 30, current_date) end,
                   completed_on,
                   case when certification then completed_on + 365 end, 60,
                   case when certification then completed_on + 305 end
              from (select s.person_id, c.id as course_id, c.validity_months is not null as certification, x.h, x.assigned_on,
                           case when x.h % 10 < 7 and x.assigned_on + (x.h * 31 % 200)::int <= cast(? as date)
                                then x.assigned_on + (x.h * 31 % 200)::int end as completed_on
                      from england_staff s cross join course c
                      cross join lateral (select (s.n * 2654435761 + c.id * 40503) % 1000003 as h) d
                      cross join lateral (select d.h, cast(? as date) - (d.h % 730)::int as assigned_on) x
                     where c.slug like 'england-course-%') r""", today, today);
        // The certification periods the as-at status reads when the latest completion came after the day asked about:
        // each completed certification's period, and for a third of them the period it renewed, a year before.
        jdbc.update("""
            insert into certification_period (assignment_id, person_id, course_id, completed_on, valid_from, valid_until, renewal_opens_on)
            select id, person_id, course_id, completed_on, completed_on, expires_on, renewal_opens_on
              from assignment where expires_on is not null and completed_on is not null""");
        jdbc.update("""
            insert into certification_period (assignment_id, person_id, course_id, completed_on, valid_from, valid_until, renewal_opens_on)
            select id, person_id, course_id, completed_on - 360, completed_on - 360, completed_on + 5, completed_on - 55
              from assignment where expires_on is not null and completed_on is not null and id % 3 = 0""");
        jdbc.update("drop table england_staff");
        jdbc.update("""
            insert into person (full_name, email, job_role) values ('England Partner', ?, 'IMPROVEMENT_PARTNER')""", PARTNER);
        jdbc.update("""
            insert into oversight (person_id, local_authority_id, valid_from)
            select p.id, la.id, date '2020-01-01' from person p, local_authority la where p.email = ? and la.name = 'Authority 001'""",
            PARTNER);
        jdbc.update("""
            insert into user_account (username, password_hash, role, person_id, display_name)
            select ?, '{noop}unused', 'IMPROVEMENT_PARTNER', id, 'England Partner' from person where email = ?""", PARTNER, PARTNER);
        jdbc.update("""
            insert into user_account (username, password_hash, role, display_name) values (?, '{noop}unused', 'ADMIN', 'England Admin')""",
            ADMIN);
    }
}
