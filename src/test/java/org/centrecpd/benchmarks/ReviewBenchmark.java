package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
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
 * baseline, the pack's heaviest part (training per course as at the term's end) as one hand-written SQL query
 * through JDBC, with the ratio. Asserts only that statements do not grow with the centre, never a time.
 * The review's PDF is of the demo's signed-off review (from its snapshot).
 * <p>
 * Run: {@code ./mvnw test -Dtest=ReviewBenchmark} (H2; not part of the build).
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
        long centre = jdbc.queryForObject("select centre_id from review where id = ?", Long.class, draft);
        long handNanos = median(() -> {
            long t = System.nanoTime();
            Date d = Date.valueOf(lastDay);
            jdbc.queryForList(HAND_WRITTEN, d, d, d, d, d, d, centre, d, d);
            return System.nanoTime() - t;
        });

        String database = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        System.out.printf("%nReviewBenchmark on %s: %d centres, %d assignments%n", database,
            jdbc.queryForObject("select count(*) from centre", Long.class), assignments);
        System.out.printf("  pack of one centre (Ashbrook):      %8.1f ms, %d statements%n", pack.ms(), pack.statements());
        System.out.printf("  pack of a smaller centre:           %8.1f ms, %d statements%n", smallPack.ms(), smallPack.statements());
        System.out.printf("  hand-written SQL (training part):   %8.1f ms; pack / hand-written = %.1f%n", handNanos / 1e6,
            pack.nanos() / (double) handNanos);
        System.out.printf("  reviews due, %d centres:            %8.1f ms, %d statements%n", dueCentres, due.ms(), due.statements());
        System.out.printf("  signed-off review as PDF:           %8.1f ms, %d statements%n", pdf.ms(), pdf.statements());
        System.out.printf("  briefing tracking, %d people:     %8.1f ms, %d statements%n%n", recipients, tracking.ms(), tracking.statements());

        // Ashbrook's pack also reads last term's signed-off review and its actions (two statements more); nothing
        // grows with the number of staff or assignments.
        assertThat(pack.statements()).isBetween(smallPack.statements(), smallPack.statements() + 2);
        assertThat(dueCentres).isGreaterThan(50);
        assertThat(recipients).isGreaterThan(3000);
    }

    /** Training per course as at the day for the staff of one centre then: the pack's heaviest query, by hand. */
    private static final String HAND_WRITTEN = """
        select v.title, a.required, count(*),
               sum(case when a.completed_on <= ? and (a.expires_on is null or a.expires_on > ?) then 1 else 0 end),
               sum(case when (a.completed_on is null or a.completed_on > ?) and a.due_on < ? then 1 else 0 end)
          from assignment a join course c on c.id = a.course_id join course_version v on v.id = c.current_version_id
         where a.assigned_on <= ? and (a.cancelled_on is null or a.cancelled_on > ?)
           and a.person_id in (select e.person_id from employment e where e.centre_id = ?
                               and e.start_date <= ? and (e.end_date is null or e.end_date > ?))
         group by c.id, v.title, a.required""";

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
