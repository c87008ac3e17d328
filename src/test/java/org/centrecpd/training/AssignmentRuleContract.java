package org.centrecpd.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.importing.StaffImport;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.security.Role;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.TestClock;
import org.centrecpd.training.domain.RuleReach;
import org.centrecpd.training.service.AssignmentRules;
import org.centrecpd.training.service.RuleApplier;
import org.centrecpd.training.service.RuleForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rules that assign (issue 32 §2), on each database: a person imported into a rule's audience is assigned, due the
 * rule's days after joining; one who moves out no longer counts (an open assignment is cancelled, a completed one
 * kept); a rule never reaches beyond its maker's scope, and a rule of another scope answers "not found".
 * No test transaction: the organisation's change reaches the rules after it commits.
 */
abstract class AssignmentRuleContract {

    @Autowired
    AssignmentRules rules;
    @Autowired
    RuleApplier applier;
    @Autowired
    StaffImport staffImport;
    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** The person's assignments of a course made by a rule: rule, due, cancelled, left, completed. */
    private List<Map<String, Object>> ruleAssignments(long person, long course) {
        return jdbc.queryForList("""
            select rule_id, due_on, cancelled_on, rule_left_on, rule_joined_on, completed_on from assignment
            where person_id = ? and course_id = ? and rule_id is not null order by id""", person, course);
    }

    private static LocalDate day(Object sqlDate) {
        return sqlDate == null ? null : ((java.sql.Date) sqlDate).toLocalDate();
    }

    @Test
    void aPersonImportedIntoTheAudienceIsAssignedDueTheRulesDaysAfterJoining() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Alder");
        Fixture.Login manager = f.login("Mia Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        long there = f.person("Olly Old");
        f.employ(there, centre, JobRole.FAMILY_SUPPORT_WORKER, Fixture.SINCE, null);
        long course = f.course("core-purpose");
        LocalDate today = LocalDate.now(clock);
        LocalDate made = today.minusDays(10);

        clock.setDay(made);
        long rule = Fixture.as(manager, () -> rules.create(RuleForm.forCentres(course, Set.of(centre), 14)
            .withRoles(Set.of(JobRole.FAMILY_SUPPORT_WORKER))));
        clock.reset();
        assertThat(ruleAssignments(there, course)).singleElement()
            .satisfies(a -> assertThat(day(a.get("due_on"))).as("already there: due from the rule's making").isEqualTo(made.plusDays(14)));
        assertThat(ruleAssignments(manager.personId(), course)).as("another job: not in the audience").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ASSIGNMENT_RULE_CREATED' and subject like ?",
            Long.class, "Rule " + rule + " %")).isEqualTo(1);

        LocalDate joined = today.minusDays(2);
        String email = "nina." + f.name.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@example.org";
        String centreName = jdbc.queryForObject("select name from centre where id = ?", String.class, centre);
        byte[] file = ("Name,E-mail,Job role,Centre,Start date\nNina New," + email + ",Family support worker," + centreName + "," + joined + "\n")
            .getBytes(StandardCharsets.UTF_8);
        Fixture.Login admin = f.login("Ada Admin", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        Fixture.as(admin, () -> staffImport.apply(file, "starters.csv", joined, false, done -> { }));
        long nina = jdbc.queryForObject("select id from person where email = ?", Long.class, email);

        await().atMost(Duration.ofSeconds(20)).until(() -> !ruleAssignments(nina, course).isEmpty());
        assertThat(ruleAssignments(nina, course)).singleElement().satisfies(a -> {
            assertThat(((Number) a.get("rule_id")).longValue()).isEqualTo(rule);
            assertThat(day(a.get("rule_joined_on"))).isEqualTo(joined);
            assertThat(day(a.get("due_on"))).isEqualTo(joined.plusDays(14));
        });
        List<RuleReach> reached = Fixture.as(manager, () -> rules.page(rule)).reached();
        assertThat(reached).extracting(RuleReach::name).containsExactlyInAnyOrder("Olly Old", "Nina New");
        assertThat(reached).filteredOn(r -> r.personId() == nina).singleElement()
            .satisfies(r -> assertThat(r.assignedOn()).isEqualTo(today));
    }

    @Test
    void someoneWhoMovesOutNoLongerCountsForTheRuleAndACompletionStays() throws Exception {
        Fixture f = new Fixture(jdbc);
        long alder = f.centre("Alder");
        long birch = f.centre("Birch");
        Fixture.Login manager = f.login("Max Manager", Role.CENTRE_MANAGER, alder, JobRole.CENTRE_MANAGER);
        long leaving = f.person("Lee Leaving");
        long done = f.person("Dee Done");
        long staying = f.person("Sam Staying");
        for (long p : List.of(leaving, done, staying)) {
            f.employ(p, alder, JobRole.FAMILY_SUPPORT_WORKER, Fixture.SINCE, null);
        }
        long course = f.course("core-purpose");
        LocalDate today = LocalDate.now(clock);
        f.completed(done, "core-purpose", today.minusDays(30));
        long rule = Fixture.as(manager, () -> rules.create(RuleForm.forCentres(course, Set.of(alder), 30)));
        assertThat(Fixture.as(manager, () -> rules.rules())).filteredOn(r -> r.id() == rule).singleElement()
            .satisfies(r -> assertThat(r.reached()).isEqualTo(4)); // the manager works there too: any job
        assertThat(ruleAssignments(done, course)).singleElement()
            .satisfies(a -> assertThat(day(a.get("completed_on"))).isEqualTo(today.minusDays(30)));

        Fixture.Login admin = f.login("Adam Admin", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        Fixture.as(admin, () -> {
            workplaces.moveTo(leaving, birch, JobRole.FAMILY_SUPPORT_WORKER, today);
            workplaces.moveTo(done, birch, JobRole.FAMILY_SUPPORT_WORKER, today);
            return null;
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> ruleAssignments(leaving, course).get(0).get("rule_left_on") != null
            && ruleAssignments(done, course).get(0).get("rule_left_on") != null);
        assertThat(ruleAssignments(leaving, course)).singleElement().satisfies(a -> {
            assertThat(day(a.get("rule_left_on"))).isEqualTo(today);
            assertThat(day(a.get("cancelled_on"))).as("not completed: the claim ends, the row stays").isEqualTo(today);
        });
        assertThat(ruleAssignments(done, course)).singleElement().satisfies(a -> {
            assertThat(day(a.get("rule_left_on"))).isEqualTo(today);
            assertThat(a.get("cancelled_on")).as("completed: kept").isNull();
        });
        var page = Fixture.as(manager, () -> rules.page(rule));
        assertThat(page.rule().reached()).isEqualTo(2);
        assertThat(page.reached()).filteredOn(RuleReach::counts).extracting(RuleReach::personId)
            .containsExactlyInAnyOrder(staying, manager.personId());
        assertThat(page.reached()).filteredOn(r -> r.personId() == leaving).singleElement()
            .satisfies(r -> assertThat(r.leftOn()).isEqualTo(today));

        // Applying again changes nothing: nobody is assigned twice, nobody let go twice.
        assertThat(applier.applyAll(List.of())).isNotNull();
        assertThat(ruleAssignments(staying, course)).hasSize(1);
        assertThat(ruleAssignments(leaving, course)).hasSize(1);
    }

    @Test
    void aStarterDatedLaterIsAssignedByTheDailyPassOnTheirFirstDay() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Cedar");
        Fixture.Login manager = f.login("Meg Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        long course = f.course("core-purpose");
        LocalDate today = LocalDate.now(clock);
        long rule = Fixture.as(manager, () -> rules.create(RuleForm.forCentres(course, Set.of(centre), 7)));
        long starter = f.person("Stella Starter");
        LocalDate starts = today.plusDays(5);
        f.employ(starter, centre, JobRole.OUTREACH_WORKER, starts, null);

        // The morning pass (RuleApplier#daily) without its lock: two runs within its minimum lock time would skip the second.
        applier.applyAll(List.of());
        assertThat(ruleAssignments(starter, course)).as("not started yet").isEmpty();
        clock.setDay(starts);
        applier.applyAll(List.of());
        assertThat(ruleAssignments(starter, course)).singleElement().satisfies(a -> {
            assertThat(((Number) a.get("rule_id")).longValue()).isEqualTo(rule);
            assertThat(day(a.get("due_on"))).isEqualTo(starts.plusDays(7));
        });
    }

    @Test
    void aManagerCannotMakeARuleBeyondTheirCentresAndAnotherScopesRuleIsNotFound() throws Exception {
        Fixture f = new Fixture(jdbc);
        long provider = f.provider("Oak Trust");
        long group = f.group("Oak Group");
        long alder = f.centre("Alder");
        long birch = f.centre("Birch");
        f.arrangement(alder, provider, group, Fixture.SINCE, null);
        f.arrangement(birch, provider, group, Fixture.SINCE, null);
        Fixture.Login alderManager = f.login("Ann Manager", Role.CENTRE_MANAGER, alder, JobRole.CENTRE_MANAGER);
        Fixture.Login birchManager = f.login("Bob Manager", Role.CENTRE_MANAGER, birch, JobRole.CENTRE_MANAGER);
        Fixture.Login partner = f.login("Pat Partner", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        f.oversee(partner.personId());
        long course = f.course("core-purpose");

        assertThatThrownBy(() -> Fixture.as(alderManager, () -> rules.create(RuleForm.forCentres(course, Set.of(birch), 14))))
            .isInstanceOf(NotFoundException.class);
        RuleForm overGroup = new RuleForm(course, Set.of(), Set.of(group), Set.of(), Set.of(), Set.of(), 14, true, null, 60);
        assertThatThrownBy(() -> Fixture.as(alderManager, () -> rules.create(overGroup))).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from assignment a join employment e on e.person_id = a.person_id"
            + " where e.centre_id = ? and a.rule_id is not null", Long.class, birch)).as("nothing assigned by a refused rule").isZero();
        var places = Fixture.as(alderManager, () -> rules.places());
        assertThat(places.centres()).extracting(p -> p.id()).contains(alder).doesNotContain(birch);
        assertThat(places.groups()).extracting(p -> p.id()).doesNotContain(group);

        long rule = Fixture.as(alderManager, () -> rules.create(RuleForm.forCentres(course, Set.of(alder), 14)));
        assertThatThrownBy(() -> Fixture.as(birchManager, () -> rules.page(rule))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(birchManager, () -> {
            rules.end(rule);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(Fixture.as(birchManager, () -> rules.rules())).extracting(r -> r.id()).doesNotContain(rule);

        // The partner overseeing the authority sees it, and may make one over the whole group.
        assertThat(Fixture.as(partner, () -> rules.page(rule)).rule().id()).isEqualTo(rule);
        long groupRule = Fixture.as(partner, () -> rules.create(overGroup));
        assertThat(Fixture.as(partner, () -> rules.page(groupRule)).reached()).extracting(RuleReach::personId)
            .contains(birchManager.personId()).doesNotContain(alderManager.personId()); // the alder manager has it open already
        assertThatThrownBy(() -> Fixture.as(alderManager, () -> rules.page(groupRule))).isInstanceOf(NotFoundException.class);

        Fixture.as(alderManager, () -> {
            rules.end(rule);
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ASSIGNMENT_RULE_ENDED' and subject like ?",
            Long.class, "Rule " + rule + " %")).isEqualTo(1);
    }
}
