package org.centrecpd.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.domain.CentreArrangementRepository;
import org.centrecpd.organisation.domain.CentreRepository;
import org.centrecpd.organisation.domain.PersonRepository;
import org.centrecpd.organisation.domain.CentreRow;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.PersonDetails;
import org.centrecpd.organisation.service.Remits;
import org.centrecpd.organisation.service.Workplaces;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data layer's behaviour, run against each database we support (H2 and a real PostgreSQL)
 * with the same Flyway migrations and the same demo seeding.
 */
abstract class OrganisationDataContract {

    static final String DEMO_AUTHORITIES = "('Eastmoor County Council', 'Southdown County Council')";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    CentreRepository centres;
    @Autowired
    CentreArrangementRepository arrangements;
    @Autowired
    PersonRepository people;
    @Autowired
    PeopleService peopleService;
    @Autowired
    Remits remits;
    @Autowired
    Workplaces workplaces;
    @Autowired
    CentreService centreService;
    @Autowired
    TransactionTemplate tx;

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void everyMigrationApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
    }

    @Test
    void demoDataHasTheShapeOfTheTwoAuthorities() {
        // Other tests share this database and add authorities of their own: the demo's are these two.
        assertThat(jdbc.queryForList("""
            select count(*) from centre c join local_authority la on la.id = c.local_authority_id
            where la.name in """ + DEMO_AUTHORITIES + """
            group by la.name order by la.name""", Long.class)).containsExactly(53L, 82L);
        assertThat(jdbc.queryForList("""
            select count(distinct a.provider_id) from centre_arrangement a join centre c on c.id = a.centre_id
            join local_authority la on la.id = c.local_authority_id where a.valid_to is null and la.name in """ + DEMO_AUTHORITIES + """
            group by la.name order by la.name""", Long.class)).containsExactly(12L, 8L);
        List<Long> southdownGroupSizes = jdbc.queryForList("""
            select count(*) from centre_arrangement a join centre_group g on g.id = a.centre_group_id
            join local_authority la on la.id = g.local_authority_id
            where la.name like 'Southdown%' and a.valid_to is null group by g.id""", Long.class);
        assertThat(southdownGroupSizes).allMatch(n -> n >= 2 && n <= 4);
        List<Long> staffPerCentre = jdbc.queryForList(
            "select count(*) from employment e join centre c on c.id = e.centre_id join local_authority la on la.id = c.local_authority_id"
                + " where e.end_date is null and la.name in " + DEMO_AUTHORITIES + " group by e.centre_id", Long.class);
        assertThat(staffPerCentre).hasSize(135).allMatch(n -> n >= 15 && n <= 32);
    }

    @Test
    void arrangementsAnswerAsAtAnyDate() {
        long fenbrook = id("select id from centre where name = ?", "Fenbrook Children's Centre");
        var before = arrangements.findInForce(fenbrook, LocalDate.of(2025, 8, 31)).orElseThrow();
        var onTheDay = arrangements.findInForce(fenbrook, LocalDate.of(2025, 9, 1)).orElseThrow();
        assertThat(before.getProvider().getName()).isNotEqualTo(onTheDay.getProvider().getName());
        assertThat(arrangements.findInForce(fenbrook, LocalDate.of(2023, 3, 31))).isEmpty();
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void centreRowsArePagedAndFilteredInTheDatabase() {
        List<CentreRow> page1 = centreService.rows("", PageRequest.of(0, 20));
        List<CentreRow> page2 = centreService.rows("", PageRequest.of(1, 20));
        assertThat(page1).hasSize(20);
        assertThat(page1.getLast().name()).isLessThanOrEqualTo(page2.getFirst().name());
        // Every demo centre is run by a provider (other tests' centres may not be, and may fill the first page).
        assertThat(centreService.rows("Children's Centre", PageRequest.of(0, 20))).hasSize(20).allMatch(r -> r.provider() != null);
        assertThat(centreService.count("brook")).isEqualTo(centreService.rows("brook", PageRequest.of(0, 500)).size())
            .isGreaterThan(1);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void whatAUserTypesIsMatchedLiterallyNotAsAWildcard() {
        assertThat(centreService.rows("ASHBROOK", PageRequest.of(0, 5))).extracting(CentreRow::name)
            .containsExactly("Ashbrook Children's Centre");
        assertThat(centreService.count("ash_rook")).isZero();
        assertThat(centreService.count("%")).isZero();
    }

    @Test
    void backwardDatesAndRemitsWithoutATargetAreRefusedByTheDatabase() {
        long centre = id("select id from centre where name = ?", "Ashbrook Children's Centre");
        long provider = id("select min(id) from provider");
        assertThatThrownBy(() -> jdbc.update(
            "insert into centre_arrangement (centre_id, provider_id, valid_from, valid_to) values (?, ?, ?, ?)",
            centre, provider, Date.valueOf("2026-01-01"), Date.valueOf("2025-01-01")))
            .isInstanceOf(DataIntegrityViolationException.class);
        long person = id("select min(id) from person");
        assertThatThrownBy(() -> jdbc.update(
            "insert into oversight (person_id, valid_from) values (?, ?)", person, Date.valueOf("2026-01-01")))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aMoveThatWouldOverlapALaterJobAtTheSameCentreIsRefusedAndNothingChanges() {
        long amara = id("select id from person where email = ?", DemoLogins.PRACTITIONER);
        long bramley = id("select id from centre where name = ?", "Bramley Children's Centre");
        // A job at Bramley already recorded for 2031 (as an import might): moving Amara there from
        // 2030 would give her two overlapping jobs at one centre.
        tx.executeWithoutResult(t -> jdbc.update(
            "insert into employment (person_id, centre_id, job_role, start_date) values (?, ?, 'OUTREACH_WORKER', ?)",
            amara, bramley, Date.valueOf("2031-01-01")));
        try {
            long jobsBefore = id("select count(*) from employment where person_id = ?", amara);
            assertThatThrownBy(() -> workplaces.moveTo(amara, bramley, JobRole.OUTREACH_WORKER, LocalDate.of(2030, 6, 1)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("person.employment.overlap");
            assertThat(id("select count(*) from employment where person_id = ?", amara)).isEqualTo(jobsBefore);
            assertThat(id("select count(*) from employment where person_id = ? and end_date is null", amara)).isEqualTo(2);
        } finally {
            tx.executeWithoutResult(t -> jdbc.update(
                "delete from employment where person_id = ? and centre_id = ? and start_date = ?", amara, bramley,
                Date.valueOf("2031-01-01")));
        }
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aRemitThatOverlapsTheSameRemitIsRefused() {
        long partner = id("select id from person where email = ?", DemoLogins.PARTNER);
        long eastmoor = id("select id from local_authority where name like 'Eastmoor%'");
        assertThatThrownBy(() -> remits.addToRemit(partner, eastmoor, null, LocalDate.of(2030, 1, 1)))
            .isInstanceOf(RuleViolation.class)
            .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("remit.overlap");
    }

    @Test
    void anE_mailBelongsToOnePerson() {
        String taken = jdbc.queryForObject("select email from person order by id fetch first 1 rows only", String.class);
        assertThatThrownBy(() -> jdbc.update("insert into person (full_name, email, job_role) values ('X', ?, 'MIDWIFE')", taken))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aStaleEditIsRefusedAndNothingIsOverwritten() {
        long personId = id("select id from person where email = ?", DemoLogins.PRACTITIONER);
        PersonDetails opened = peopleService.details(personId);
        peopleService.save(new PersonDetails(opened.id(), opened.version(), "Amara Osei-Brown", opened.email(), opened.jobRole()));
        // A second form opened before that save still holds the old version.
        assertThatThrownBy(() -> peopleService.save(
            new PersonDetails(opened.id(), opened.version(), "Amara Mensah", opened.email(), opened.jobRole())))
            .isInstanceOf(StaleEditException.class);
        assertThat(people.findById(personId).orElseThrow().getFullName()).isEqualTo("Amara Osei-Brown");
        PersonDetails now = peopleService.details(personId);
        peopleService.save(new PersonDetails(now.id(), now.version(), "Amara Osei", now.email(), now.jobRole()));
    }
}
