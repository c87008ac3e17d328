package org.centrecpd.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.RollUp;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo profile (on for the tests, see config/application.properties) seeds the demo people and one
 * login per role; seeding runs on every start, so it must change nothing the second time. Its year of history
 * gives every chart a shape: asserted here as shapes (most centres, a rising trend, at least one of each state),
 * not counts, so that the demo may change without breaking this. The demo's centres are found by their
 * authorities' names, since other tests add their own. The same checks run on H2 ({@link DemoDataTest}) and on
 * PostgreSQL ({@link PostgresDemoDataTest}): the history is generated in set-based SQL, which each database reads its
 * own way.
 */
abstract class DemoDataContract {

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void theDemoProfileSeedsOneLoginPerRole() {
        // Other tests share this database and add sign-ins of their own: the demo's are those on its domain.
        assertThat(jdbc.queryForList("select username from user_account where username like '%@demo.centrecpd.example'", String.class))
            .containsExactlyInAnyOrder(
            DemoLogins.ADMIN, DemoLogins.PRACTITIONER, DemoLogins.MANAGER, DemoLogins.OTHER_MANAGER, DemoLogins.PARTNER);
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Long.class, DemoLogins.PRACTITIONER))
            .isEqualTo(1);
    }

    @Test
    void seedingTwiceChangesNothing() {
        long people = count("person");
        long employments = count("employment");
        long accounts = count("user_account");
        long started = System.nanoTime();
        demoData.run(new DefaultApplicationArguments());
        System.out.printf("Demo seeding, second run (no-op): %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(count("person")).isEqualTo(people).isGreaterThan(135 * 15);
        assertThat(count("employment")).isEqualTo(employments);
        assertThat(count("user_account")).isEqualTo(accounts);
    }

    @Test
    void everyDemoLoginBelongsToAPersonWithAWorkplaceOrARemit() {
        assertThat(jdbc.queryForList("""
            select u.username from user_account u
            where u.username like '%@demo.centrecpd.example' and u.person_id is not null and not exists (select 1 from employment e where e.person_id = u.person_id)
              and not exists (select 1 from oversight o where o.person_id = u.person_id)""", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from user_account where password_hash like '{bcrypt}%' and username like '%@demo.centrecpd.example'", Long.class))
            .isEqualTo(5);
    }

    @Autowired
    Clock clock;

    private static List<RollUp.Line> centres(List<RollUp.Line> lines) {
        return lines.stream().flatMap(l -> l.level() == RollUp.Level.CENTRE ? java.util.stream.Stream.of(l) : centres(l.children()).stream())
            .toList();
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theRollUpHasCompletionsInMostCentresAndEveryState(@Autowired CompletionService completion) {
        RollUp today = completion.rollUp(null);
        List<RollUp.Line> demo = centres(List.of(today.authority(DemoData.EASTMOOR), today.authority(DemoData.SOUTHDOWN)));
        assertThat(demo).hasSizeGreaterThanOrEqualTo(135);
        assertThat(demo.stream().filter(c -> c.completed() > 0).count()).as("centres with completions")
            .isGreaterThan(demo.size() * 8 / 10);
        // Some strong, some weak: the spread a partner's roll-up is for.
        assertThat(demo.stream().mapToInt(RollUp.Line::percentComplete).max().orElse(0)).isGreaterThanOrEqualTo(70);
        assertThat(demo.stream().mapToInt(RollUp.Line::percentComplete).min().orElse(100)).isLessThanOrEqualTo(30);
        RollUp.Line eastmoor = today.authority(DemoData.EASTMOOR);
        assertThat(eastmoor.overdue()).isPositive();
        assertThat(eastmoor.expired()).isPositive();
        assertThat(eastmoor.renewalDue()).isPositive();
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theTwelveMonthTrendRises(@Autowired CompletionService completion) {
        List<Integer> points = completion.trend().stream().map(r -> r.authority(DemoData.EASTMOOR).percentComplete()).toList();
        assertThat(points).hasSize(12);
        assertThat(points.get(11)).isGreaterThan(points.get(0) + 10);
        assertThat(points.stream().distinct().count()).as("a trend, not a step: " + points).isGreaterThanOrEqualTo(6);
    }

    @Test
    void oneProviderWasRecommissionedMidYear() {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = DemoData.midYearRecommissioning(today);
        assertThat(on).isBetween(today.minusMonths(9), today.minusMonths(3));
        List<String> before = jdbc.queryForList("""
            select distinct p.name from centre_arrangement a join provider p on p.id = a.provider_id
             where a.valid_to = ?""", String.class, Date.valueOf(on));
        List<String> after = jdbc.queryForList("""
            select distinct p.name from centre_arrangement a join provider p on p.id = a.provider_id
             where a.valid_from = ?""", String.class, Date.valueOf(on));
        assertThat(before).contains(DemoData.OUTGOING_PROVIDER);
        assertThat(after).containsExactly(DemoData.INCOMING_PROVIDER);
    }

    @Test
    void workshopsWereHeldWithAttendanceAndNoShows() {
        List<String> attendance = jdbc.queryForList("""
            select distinct b.attendance from workshop_booking b join workshop_session s on s.id = b.session_id
             where s.starts_at < ? and b.attendance is not null""", String.class, java.sql.Timestamp.from(clock.instant()));
        assertThat(attendance).contains("ATTENDED", "ABSENT");
        // Who came has the completion that attending makes, as marking the register would have made it.
        assertThat(jdbc.queryForObject("select count(*) from workshop_booking where attendance = 'ATTENDED' and completion_id is null",
            Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
            select count(distinct extract(month from s.starts_at)) from workshop_session s where s.starts_at < ?""", Long.class,
            java.sql.Timestamp.from(clock.instant()))).isGreaterThanOrEqualTo(6);
    }

    /** (The demo case studies, published month by month, are off in the tests: centrecpd.demo.case-studies.) */
    @Test
    void reflectionsAndSupervisionsAreSpreadOverTheYear() {
        assertThat(jdbc.queryForObject("""
            select count(distinct extract(month from j.created_at)) from journal_entry j join employment e on e.person_id = j.person_id
              join centre c on c.id = e.centre_id join local_authority la on la.id = c.local_authority_id
             where la.name = 'Eastmoor County Council' and j.counts_as_cpd = true""", Long.class)).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(distinct extract(month from meeting_date)) from supervision_note", Long.class))
            .isGreaterThanOrEqualTo(10);
    }
}
