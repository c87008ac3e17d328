package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.briefings.service.BriefingForm;
import org.centrecpd.briefings.service.BriefingReading;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.briefings.service.BriefingTracking;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.reviews.service.ReviewLists;
import org.centrecpd.reviews.service.ReviewService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The termly review and briefings at CompletionBenchmark's size (135 centres topped up to about 30 staff, 40
 * courses, ~160 000 assignments, ~100 000 completions): one centre's pack, a partner's reviews due over her
 * 53 + centres, the signed-off review's PDF, and the tracking page of a briefing sent to everyone in both
 * authorities (about 4 000 people). Prints the median server time and the SQL statements of each, and, as the
 * baselines, hand-written SQL through JDBC in the same run, with the ratios: for the pack, its training figures
 * (per course at the term's end, the previous term's totals, the authority's average: most of the pack's time) as
 * one query, and training per course alone; for the reviews due, the same list as one query. Asserts only that the
 * reviews due agree with the hand-written list and that statements do not grow with the centre, never a time.
 * The review's PDF is of the demo's signed-off review (from its snapshot).
 * <p>
 * Run: {@code ./mvnw test -Dtest='*ReviewBenchmark'} (H2 here; PostgresReviewBenchmark on PostgreSQL; not part of
 * the build: surefire runs only classes named *Test).
 */
@SpringBootTest
public class ReviewBenchmark {

    private static final int ROUNDS = 11;

    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewLists lists;
    @Autowired
    BriefingService briefings;
    @Autowired
    BriefingReading reading;
    @Autowired
    BriefingTracking trackers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    UserDetailsService users;
    @Autowired
    java.time.Clock clock;

    record Measure(long nanos, long statements) {
        double ms() {
            return nanos / 1_000_000.0;
        }
    }

    @Test
    void reviewsAndBriefingsAtScale() throws Exception {
        LocalDate today = LocalDate.now(clock);
        CompletionBenchmark.seed(jdbc, today);
        long assignments = jdbc.queryForObject("select count(*) from assignment", Long.class);
        long draft = jdbc.queryForObject("select max(id) from review where status = 'DRAFT'", Long.class);
        long signed = jdbc.queryForObject("select min(id) from review where status = 'SIGNED_OFF'", Long.class);
        String database = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()
            + " " + c.getMetaData().getDatabaseProductVersion());
        if (database.startsWith("H2")) {
            // H2 hands back the previous result of an identical query on unchanged tables: measure the work, not that cache.
            jdbc.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        } else {
            jdbc.execute("analyze"); // fresh statistics after the bulk load, as autovacuum would make them
        }
        var term = as(DemoLogins.PARTNER, () -> lists.currentTerm());

        Measure pack = as(DemoLogins.PARTNER, () -> measure(() -> reviews.open(draft)));
        Measure due = as(DemoLogins.PARTNER, () -> measure(() -> lists.due(term)));
        int dueCentres = as(DemoLogins.PARTNER, () -> lists.due(term).size());
        Measure pdf = as(DemoLogins.PARTNER, () -> measure(() -> reviews.pdf(signed)));

        // A smaller centre's pack costs the same statements.
        long small = jdbc.queryForObject("""
            select c.id from centre c join local_authority la on la.id = c.local_authority_id
            where la.name = 'Eastmoor County Council' and c.name <> 'Ashbrook Children''s Centre' order by c.id fetch first 1 rows only""",
            Long.class);
        long smallReview = as(DemoLogins.PARTNER, () -> reviews.start(small, lists.due(term).stream()
            .filter(l -> l.centreId() == small).findFirst().orElseThrow().termId()));
        Measure smallPack = as(DemoLogins.PARTNER, () -> measure(() -> reviews.open(smallReview)));

        long everyone = as(DemoLogins.ADMIN, () -> {
            long authority = jdbc.queryForObject("select id from local_authority where name = 'Eastmoor County Council'", Long.class);
            Set<Long> both = Set.copyOf(jdbc.queryForList("select id from local_authority", Long.class));
            long id = briefings.save(null, null, new BriefingForm(authority, "B/" + System.nanoTime() % 100000, "Benchmark briefing", today,
                "Bench", null, BriefingKind.INFORMATION, null, "Body", both, Set.of(), Set.of(), Set.of(), Set.of()));
            briefings.publish(id, false);
            jdbc.update("update briefing_recipient set read_at = current_timestamp where briefing_id = ? and mod(id, 3) = 0", id);
            return id;
        });
        long recipients = jdbc.queryForObject("select count(distinct person_id) from briefing_recipient where briefing_id = ?", Long.class,
            everyone);
        Measure tracking = as(DemoLogins.ADMIN, () -> measure(() -> trackers.tracking(everyone)));

        LocalDate lastDay = jdbc.queryForObject("select t.valid_to from review r join review_term t on t.id = r.term_id where r.id = ?",
            Date.class, draft).toLocalDate().minusDays(1);
        LocalDate previousDay = jdbc.queryForObject("""
            select p.valid_to from review r join review_term t on t.id = r.term_id
              join review_term p on p.local_authority_id = t.local_authority_id and p.valid_from < t.valid_from
             where r.id = ? order by p.valid_from desc fetch first 1 rows only""", Date.class, draft).toLocalDate().minusDays(1);
        long centre = jdbc.queryForObject("select centre_id from review where id = ?", Long.class, draft);
        long authority = jdbc.queryForObject("select local_authority_id from centre where id = ?", Long.class, centre);
        long handNanos = median(() -> {
            long t = System.nanoTime();
            Date d = Date.valueOf(lastDay);
            jdbc.queryForList(HAND_WRITTEN, d, d, d, d, d, d, centre, d, d);
            return System.nanoTime() - t;
        });
        Object[] packParameters = {Date.valueOf(lastDay), centre, Date.valueOf(previousDay), centre, Date.valueOf(lastDay), authority};
        long handPackNanos = median(() -> {
            long t = System.nanoTime();
            jdbc.queryForList(HAND_WRITTEN_PACK_TRAINING, packParameters);
            return System.nanoTime() - t;
        });
        long partner = jdbc.queryForObject("select id from user_account where username = ?", Long.class, DemoLogins.PARTNER);
        Date onDay = Date.valueOf(today);
        String dueSql = HAND_WRITTEN_DUE.formatted(term.season().reviewedAtFrequencies().stream().sorted().map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(", ")));
        Object[] dueParameters = {term.schoolYear(), term.season().name(), onDay, onDay, partner, onDay, onDay};
        long handDueNanos = median(() -> {
            long t = System.nanoTime();
            jdbc.queryForList(dueSql, dueParameters);
            return System.nanoTime() - t;
        });
        List<Long> dueByHand = jdbc.queryForList(dueSql, dueParameters).stream()
            .map(r -> ((Number) r.get("centre_id")).longValue()).toList();
        List<Long> dueByService = as(DemoLogins.PARTNER, () -> lists.due(term).stream().map(l -> l.centreId()).toList());

        System.out.printf("%nReviewBenchmark on %s: %d centres, %d assignments; medians of %d rounds after warm-up%n", database,
            jdbc.queryForObject("select count(*) from centre", Long.class), assignments, ROUNDS);
        System.out.printf("  pack of one centre (Ashbrook):              %8.1f ms, %d statements%n", pack.ms(), pack.statements());
        System.out.printf("  pack of a smaller centre:                   %8.1f ms, %d statements%n", smallPack.ms(), smallPack.statements());
        System.out.printf("  hand-written SQL, the pack's training (1)   %8.1f ms; pack / hand-written = %.1f%n", handPackNanos / 1e6,
            pack.nanos() / (double) handPackNanos);
        System.out.printf("  hand-written SQL, training per course only  %8.1f ms; pack / hand-written = %.1f%n", handNanos / 1e6,
            pack.nanos() / (double) handNanos);
        System.out.printf("  reviews due, %d centres:                    %8.1f ms, %d statements%n", dueCentres, due.ms(), due.statements());
        System.out.printf("  hand-written SQL, the same list             %8.1f ms; reviews due / hand-written = %.1f%n", handDueNanos / 1e6,
            due.nanos() / (double) handDueNanos);
        System.out.printf("  signed-off review as PDF:                   %8.1f ms, %d statements%n", pdf.ms(), pdf.statements());
        System.out.printf("  briefing tracking, %d people:             %8.1f ms, %d statements%n", recipients, tracking.ms(), tracking.statements());
        System.out.printf("  (1) per course on the term's last day, the previous term's totals and the authority's average, one statement%n%n");

        assertThat(dueByService).containsExactlyInAnyOrderElementsOf(dueByHand);
        // Ashbrook's pack also reads last term's signed-off review and its actions (two statements more); nothing
        // grows with the number of staff or assignments.
        assertThat(pack.statements()).isBetween(smallPack.statements(), smallPack.statements() + 2);
        assertThat(dueCentres).isGreaterThan(50);
        assertThat(recipients).isGreaterThan(3000);
    }

    /**
     * Training per course as at the day for the staff of one centre then: the pack's heaviest part for the centre, by
     * hand, driven from the staff on the day (a join: with {@code person_id in (subquery)} H2 takes seconds).
     */
    private static final String HAND_WRITTEN = """
        select v.title, a.required, count(*),
               sum(case when a.completed_on <= ? and (a.expires_on is null or a.expires_on > ?) then 1 else 0 end),
               sum(case when (a.completed_on is null or a.completed_on > ?) and a.due_on < ? then 1 else 0 end)
          from employment e join assignment a on a.person_id = e.person_id
          join course c on c.id = a.course_id join course_version v on v.id = c.current_version_id
         where a.assigned_on <= ? and (a.cancelled_on is null or a.cancelled_on > ?)
           and e.centre_id = ? and e.start_date <= ? and (e.end_date is null or e.end_date > ?)
         group by c.id, v.title, a.required""";

    /**
     * The pack's training figures in one statement: the centre's staff on the term's last day with their assignments
     * in force then, per course and kind; the same centre's totals on the previous term's last day; the authority's
     * totals on the term's last day (everyone working in it then). Plain SQL, not a copy of the service's queries.
     */
    private static final String HAND_WRITTEN_PACK_TRAINING = """
        select 'course' as part, a.course_id, a.required, count(*) as assigned,
               sum(case when a.completed_on <= x.d and (a.expires_on is null or a.expires_on > x.d) then 1 else 0 end) as completed,
               sum(case when (a.completed_on is null or a.completed_on > x.d) and a.due_on < x.d then 1 else 0 end) as overdue
          from (select cast(? as date) as d) x
          join employment e on e.centre_id = ? and e.start_date <= x.d and (e.end_date is null or e.end_date > x.d)
          join assignment a on a.person_id = e.person_id and a.assigned_on <= x.d and (a.cancelled_on is null or a.cancelled_on > x.d)
         group by a.course_id, a.required
        union all
        select 'previous', null, null, count(*),
               sum(case when a.completed_on <= x.d and (a.expires_on is null or a.expires_on > x.d) then 1 else 0 end),
               sum(case when (a.completed_on is null or a.completed_on > x.d) and a.due_on < x.d then 1 else 0 end)
          from (select cast(? as date) as d) x
          join employment e on e.centre_id = ? and e.start_date <= x.d and (e.end_date is null or e.end_date > x.d)
          join assignment a on a.person_id = e.person_id and a.assigned_on <= x.d and (a.cancelled_on is null or a.cancelled_on > x.d)
        union all
        select 'authority', null, null, count(*),
               sum(case when a.completed_on <= x.d and (a.expires_on is null or a.expires_on > x.d) then 1 else 0 end),
               sum(case when (a.completed_on is null or a.completed_on > x.d) and a.due_on < x.d then 1 else 0 end)
          from (select cast(? as date) as d) x
          join employment e on e.start_date <= x.d and (e.end_date is null or e.end_date > x.d)
          join centre c on c.id = e.centre_id and c.local_authority_id = ?
          join assignment a on a.person_id = e.person_id and a.assigned_on <= x.d and (a.cancelled_on is null or a.cancelled_on > x.d)""";

    /**
     * A partner's reviews due in a term: the centres she oversees today whose authority reviews them in this term
     * (%s: the frequencies, times a year, that do), with today's provider and group and the latest revision of
     * each centre's review of the term.
     */
    private static final String HAND_WRITTEN_DUE = """
        select c.id as centre_id, c.name as centre, la.name as authority, pr.name as provider, g.name as grp, t.id as term_id,
               t.valid_from, t.valid_to, r.id as review_id, r.status, r.partner_name
          from centre c join local_authority la on la.id = c.local_authority_id
          join review_term t on t.local_authority_id = c.local_authority_id and t.school_year = ? and t.season = ?
          left join review_frequency f on f.local_authority_id = c.local_authority_id
          left join review r on r.centre_id = c.id and r.term_id = t.id
               and r.revision = (select max(r2.revision) from review r2 where r2.centre_id = c.id and r2.term_id = t.id)
          left join centre_arrangement ca on ca.centre_id = c.id and ca.valid_from <= ? and (ca.valid_to is null or ca.valid_to > ?)
          left join provider pr on pr.id = ca.provider_id left join centre_group g on g.id = ca.centre_group_id
         where coalesce(f.reviews_per_year, 3) in (%s)
           and c.id in (select x.centre_id from centre_access x where x.account_id = ? and x.via in ('authority', 'group')
                        and x.valid_from <= ? and (x.valid_to is null or x.valid_to > ?))
         order by la.name, pr.name, g.name, c.name, c.id""";

    private <T> T as(String username, Callable<T> action) throws Exception {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Measure measure(Supplier<Object> call) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        call.get();
        long statements = stats.getPrepareStatementCount();
        return new Measure(median(() -> {
            long t = System.nanoTime();
            call.get();
            return System.nanoTime() - t;
        }), statements);
    }

    private static long median(java.util.function.LongSupplier run) {
        for (int i = 0; i < 3; i++) {
            run.getAsLong();
        }
        long[] times = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            times[i] = run.getAsLong();
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }
}
