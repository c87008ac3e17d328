package org.centrecpd.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.privacy.service.LegalHolds;
import org.centrecpd.privacy.service.Retention;
import org.centrecpd.privacy.service.RetentionSchedule;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The retention schedule applied on the day the injected clock says, to the leavers of the test's own authority,
 * on each database we support: a leaver's journal goes six months after they left, their completion stays and is
 * anonymised after its own six years, a legal hold keeps everything, an authority's own period is obeyed, and a
 * dry run changes nothing.
 */
abstract class RetentionContract {

    static final LocalDate LEFT = LocalDate.of(2026, 1, 10);

    @Autowired
    Retention retention;
    @Autowired
    RetentionSchedule schedule;
    @Autowired
    LegalHolds holds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    PrivacyPeople people;

    @BeforeEach
    void people() {
        people = new PrivacyPeople(jdbc);
        people.leaves(people.ada, LEFT);
        people.leaves(people.ben, LEFT);
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private List<Retention.Outcome> runOn(LocalDate day) {
        clock.setDay(day);
        return retention.apply(LocalDate.now(clock), people.org.authority);
    }

    private long count(String sql, long person) {
        return jdbc.queryForObject(sql, Long.class, person);
    }

    private long journal(Fixture.Login who) {
        return count("select count(*) from journal_entry where person_id = ?", who.personId());
    }

    private String name(Fixture.Login who) {
        return jdbc.queryForObject("select full_name from person where id = ?", String.class, who.personId());
    }

    @Test
    void aLeaversJournalGoesAfterSixMonthsTheirCompletionStaysAndIsAnonymisedAfterSixYearsAndAHoldKeepsEverything() {
        Fixture.signIn(people.admin);
        holds.place(people.ben.personId(), "Employment tribunal claim, 2026");
        SecurityContextHolder.clearContext();
        people.entry(people.manager.personId(), "Mo plans the spring term");

        runOn(LEFT.plusMonths(6).minusDays(1));
        assertThat(journal(people.ada)).as("the day before six months").isEqualTo(1);

        List<Retention.Outcome> done = runOn(LEFT.plusMonths(6));
        assertThat(done).filteredOn(o -> o.kind().key().equals("journal-entries")).extracting(Retention.Outcome::rows).containsExactly(1L);
        assertThat(journal(people.ada)).isZero();
        assertThat(count("select count(*) from journal_feedback where author_id = ?", people.manager.personId()))
            .as("the feedback on Ada's entry went with it, Ben's stays").isEqualTo(1);
        assertThat(count("select count(*) from supervision_note where staff_id = ?", people.ada.personId())).isZero();
        assertThat(count("select count(*) from course_progress where person_id = ?", people.ada.personId())).isZero();
        assertThat(count("select count(*) from workshop_booking where person_id = ?", people.ada.personId())).isZero();
        assertThat(jdbc.queryForObject("select username from user_account where person_id = ?", String.class, people.ada.personId()))
            .as("a leaver's sign-in is anonymised").endsWith("@erased.invalid");
        assertThat(count("select count(*) from course_completion where person_id = ?", people.ada.personId())).isEqualTo(1);
        assertThat(count("select count(*) from certificate where person_id = ?", people.ada.personId())).isEqualTo(1);
        assertThat(name(people.ada)).isEqualTo("Ada Private");
        assertThat(journal(people.ben)).as("held").isEqualTo(1);
        assertThat(journal(people.manager)).as("still employed").isEqualTo(1);

        runOn(LEFT.plusMonths(72));
        assertThat(name(people.ada)).isEqualTo("Former member of staff " + people.ada.personId());
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, people.ada.personId()))
            .doesNotContain("ada");
        assertThat(count("select count(*) from course_completion where person_id = ?", people.ada.personId()))
            .as("the completion keeps the course and the day").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from employment where person_id = ? and centre_id = ?", Long.class,
            people.ada.personId(), people.centre)).as("and, through the history, the centre").isEqualTo(1);
        assertThat(count("select count(*) from certificate where person_id = ?", people.ada.personId())).isZero();
        assertThat(count("select count(*) from assignment where person_id = ?", people.ada.personId())).isZero();
        assertThat(name(people.ben)).as("held").isEqualTo("Ben Other");
        assertThat(journal(people.ben)).isEqualTo(1);
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'RETENTION_APPLIED' and subject like ?",
            String.class, "%" + LEFT.plusMonths(72) + ", authority " + people.org.authority)).singleElement()
            .asString().contains("organisation-people: 1 anonymise");

        var again = runOn(LEFT.plusMonths(72));
        assertThat(again).as("a second run finds nothing more to do").allMatch(o -> o.rows() == 0);
    }

    @Test
    void anAuthoritysOwnPeriodIsObeyedAndADryRunChangesNothing() {
        Fixture.signIn(people.admin);
        schedule.set(people.org.authority, "journal-entries", 12);
        assertThat(schedule.of(people.org.authority)).filteredOn(p -> p.kind().key().equals("journal-entries"))
            .singleElement().matches(p -> p.months() == 12 && !p.isDefault());
        clock.setDay(LEFT.plusMonths(12));
        var preview = retention.preview(people.org.authority);
        assertThat(preview).filteredOn(o -> o.kind().key().equals("journal-entries")).extracting(Retention.Outcome::rows)
            .containsExactly(2L);
        assertThat(journal(people.ada) + journal(people.ben)).as("a dry run").isEqualTo(2);
        SecurityContextHolder.clearContext();

        runOn(LEFT.plusMonths(11));
        assertThat(journal(people.ada)).as("eleven months: kept under the authority's twelve").isEqualTo(1);
        runOn(LEFT.plusMonths(12));
        assertThat(journal(people.ada) + journal(people.ben)).isZero();
    }

    @Test
    void aManagersNameOnAStaffMembersJournalIsAnonymisedWithTheManager() {
        Fixture.Login carl = people.org.login("Carl Current", org.centrecpd.security.Role.PRACTITIONER, people.centre,
            org.centrecpd.organisation.JobRole.OUTREACH_WORKER);
        people.holdings(carl.personId(), carl.email(), "Carl");
        people.leaves(people.manager, LEFT);
        runOn(LEFT.plusMonths(72).minusDays(1));
        assertThat(jdbc.queryForObject("select f.author_name from journal_feedback f join journal_entry e on e.id = f.entry_id "
            + "where e.person_id = ?", String.class, carl.personId())).isEqualTo("Mo Manager");
        runOn(LEFT.plusMonths(72));
        assertThat(jdbc.queryForObject("select f.author_name from journal_feedback f join journal_entry e on e.id = f.entry_id "
            + "where e.person_id = ?", String.class, carl.personId())).isEqualTo("Former member of staff");
        assertThat(jdbc.queryForObject("select manager_name from supervision_note where staff_id = ?", String.class, carl.personId()))
            .isEqualTo("Former member of staff");
        assertThat(jdbc.queryForObject("select f.body from journal_feedback f join journal_entry e on e.id = f.entry_id "
            + "where e.person_id = ?", String.class, carl.personId())).as("Carl's portfolio keeps the words").isEqualTo("Feedback for Carl: well noticed");
    }
}
