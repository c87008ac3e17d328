package org.centrecpd.training;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.centrecpd.support.Fixture;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.courses.CourseCompleted;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.support.TestClock;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.domain.MatrixCell;
import org.centrecpd.training.service.MatrixFilter;
import org.centrecpd.training.service.RollUp;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The matrix and the roll-up against numbers worked out by hand, today and as at earlier days, on an
 * organisation of the test's own with a recommissioned centre and a person who moved centre:
 * <pre>
 *   Recom centre: provider A until 1 Mar 2026, then provider B in group G.   Steady centre: provider A.
 *   Ann  at Recom throughout; completed the course in June 2025, before it was assigned.
 *   Ben  at Recom until 1 Apr 2026, then at Steady; never completes.
 *   Cat  at Steady throughout; completes on 10 Feb 2026 (CourseCompleted).
 *   All three assigned the course on 10 Jan 2026, due 28 Feb 2026.
 * </pre>
 */
@CentreTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class TrainingCompletionTest {

    @Autowired
    AssignmentService assigning;
    @Autowired
    CompletionService completion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManagerFactory emf;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void matrixAndRollUpTodayAndAsAtEarlierDays() {
        Fixture org = new Fixture(jdbc);
        long providerA = org.provider("A");
        long providerB = org.provider("B");
        long groupG = org.group("G");
        long recom = org.centre("Recom");
        long steady = org.centre("Steady");
        org.arrangement(recom, providerA, null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 1));
        org.arrangement(recom, providerB, groupG, LocalDate.of(2026, 3, 1), null);
        org.arrangement(steady, providerA, null, LocalDate.of(2024, 1, 1), null);
        long ann = org.person("Ann Recom");
        long ben = org.person("Ben Mover");
        long cat = org.person("Cat Steady");
        org.employ(ann, recom, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2025, 1, 1), null);
        org.employ(ben, recom, JobRole.OUTREACH_WORKER, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 4, 1));
        org.employ(ben, steady, JobRole.OUTREACH_WORKER, LocalDate.of(2026, 4, 1), null);
        org.employ(cat, steady, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2025, 1, 1), null);
        org.completed(ann, "managing-change", LocalDate.of(2025, 6, 1));

        clock.setDay(LocalDate.of(2026, 1, 10));
        long course = org.course("managing-change");
        int assigned = assigning.assign(Assigning.toCentres(course, Set.of(recom, steady), LocalDate.of(2026, 2, 28), true, null));
        assertThat(assigned).isEqualTo(3);

        clock.setDay(LocalDate.of(2026, 2, 10));
        transactions.executeWithoutResult(t -> events.publishEvent(
            new CourseCompleted(cat, "managing-change", 1, new BigDecimal("2.0"), LocalDate.of(2026, 2, 10))));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
            "select completed_on from assignment where person_id = ?", java.sql.Date.class, cat) != null);

        clock.setDay(LocalDate.of(2026, 6, 15));
        String a = "A " + org.name;
        String b = "B " + org.name;
        String g = "G " + org.name;
        String recomName = "Recom " + org.name;
        String steadyName = "Steady " + org.name;

        // Before anything was assigned: the staff are there, nothing is assigned.
        assertThat(lines(completion.rollUp(LocalDate.of(2025, 12, 1)), org.name)).containsExactly(
            "LOCAL_AUTHORITY " + org.name + " staff 3 assigned 0 completed 0 overdue 0",
            "PROVIDER " + a + " staff 3 assigned 0 completed 0 overdue 0",
            "GROUP  staff 3 assigned 0 completed 0 overdue 0",
            "CENTRE " + recomName + " staff 2 assigned 0 completed 0 overdue 0",
            "CENTRE " + steadyName + " staff 1 assigned 0 completed 0 overdue 0");
        // 20 Feb: both centres under A; Ann's earlier completion counts, Cat completed; nothing overdue yet.
        assertThat(lines(completion.rollUp(LocalDate.of(2026, 2, 20)), org.name)).containsExactly(
            "LOCAL_AUTHORITY " + org.name + " staff 3 assigned 3 completed 2 overdue 0",
            "PROVIDER " + a + " staff 3 assigned 3 completed 2 overdue 0",
            "GROUP  staff 3 assigned 3 completed 2 overdue 0",
            "CENTRE " + recomName + " staff 2 assigned 2 completed 1 overdue 0",
            "CENTRE " + steadyName + " staff 1 assigned 1 completed 1 overdue 0");
        // 15 Mar: Recom recommissioned to B in group G; Ben still there, now overdue.
        assertThat(lines(completion.rollUp(LocalDate.of(2026, 3, 15)), org.name)).containsExactly(
            "LOCAL_AUTHORITY " + org.name + " staff 3 assigned 3 completed 2 overdue 1",
            "PROVIDER " + a + " staff 1 assigned 1 completed 1 overdue 0",
            "GROUP  staff 1 assigned 1 completed 1 overdue 0",
            "CENTRE " + steadyName + " staff 1 assigned 1 completed 1 overdue 0",
            "PROVIDER " + b + " staff 2 assigned 2 completed 1 overdue 1",
            "GROUP " + g + " staff 2 assigned 2 completed 1 overdue 1",
            "CENTRE " + recomName + " staff 2 assigned 2 completed 1 overdue 1");
        // Today: Ben moved to Steady and his overdue assignment went with him.
        RollUp today = completion.rollUp(null);
        assertThat(lines(today, org.name)).containsExactly(
            "LOCAL_AUTHORITY " + org.name + " staff 3 assigned 3 completed 2 overdue 1",
            "PROVIDER " + a + " staff 2 assigned 2 completed 1 overdue 1",
            "GROUP  staff 2 assigned 2 completed 1 overdue 1",
            "CENTRE " + steadyName + " staff 2 assigned 2 completed 1 overdue 1",
            "PROVIDER " + b + " staff 1 assigned 1 completed 1 overdue 0",
            "GROUP " + g + " staff 1 assigned 1 completed 1 overdue 0",
            "CENTRE " + recomName + " staff 1 assigned 1 completed 1 overdue 0");
        assertThat(today.authority(org.name).percentComplete()).isEqualTo(66);

        assertThat(cells(completion.matrix(steady, null, MatrixFilter.ALL))).containsExactly(
            "Ben Mover OVERDUE due 2026-02-28", "Cat Steady COMPLETED on 2026-02-10");
        assertThat(cells(completion.matrix(steady, LocalDate.of(2026, 3, 15), MatrixFilter.ALL))).containsExactly(
            "Cat Steady COMPLETED on 2026-02-10");
        assertThat(cells(completion.matrix(recom, LocalDate.of(2026, 3, 15), MatrixFilter.ALL))).containsExactly(
            "Ann Recom COMPLETED on 2025-06-01", "Ben Mover OVERDUE due 2026-02-28");
        assertThat(cells(completion.matrix(steady, null, new MatrixFilter(null, null, TrainingStatus.OVERDUE)))).containsExactly(
            "Ben Mover OVERDUE due 2026-02-28");
        assertThat(cells(completion.matrix(steady, null, new MatrixFilter(course + 1000, null, null)))).isEmpty();
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPartnersRollUpHoldsOnlyWhatTheyOversee() {
        Fixture org = new Fixture(jdbc);
        long provider = org.provider("A");
        long centre = org.centre("Elsewhere");
        org.arrangement(centre, provider, null, LocalDate.of(2024, 1, 1), null);
        long person = org.person("Not Overseen");
        org.employ(person, centre, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2024, 1, 1), null);
        RollUp rollUp = completion.rollUp(null);
        assertThat(rollUp.centres()).extracting(c -> c.localAuthority()).contains("Eastmoor County Council").doesNotContain(org.name);
        assertThat(rollUp.centres().stream().filter(c -> c.localAuthority().equals("Eastmoor County Council")).count()).isEqualTo(53);
        assertThatThrownBy(() -> completion.matrix(centre, null, MatrixFilter.ALL)).isInstanceOf(NotFoundException.class);
    }

    /**
     * Naming many centres in one assignment checks them against the assigner's scope in one statement, not one per
     * centre (the expiry benchmark counted 138 statements for 135 centres): two centres and six cost the same. A list
     * with one centre outside a manager's scope is refused whole, as "not found", and assigns nobody.
     */
    @Test
    void assigningToManyCentresCostsNoMoreStatementsThanToTwoAndOneOutsideScopeRefusesAll() throws Exception {
        Fixture f = new Fixture(jdbc, "Many centres");
        long course = f.course("managing-change");
        List<Long> centres = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long centre = f.centre("Many " + i);
            f.employ(f.person("Staff Many " + i), centre, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2025, 1, 1), null);
            centres.add(centre);
        }
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        assigning.assign(Assigning.toCentres(course, Set.copyOf(centres.subList(0, 2)), LocalDate.of(2027, 2, 28), true, null));
        long forTwo = stats.getPrepareStatementCount();
        stats.clear();
        assigning.assign(Assigning.toCentres(course, Set.copyOf(centres), LocalDate.of(2027, 3, 31), true, null));
        assertThat(stats.getPrepareStatementCount()).as("statements for six centres against " + forTwo + " for two").isEqualTo(forTwo);

        Fixture.Login manager = f.login("Mia Many", org.centrecpd.security.Role.CENTRE_MANAGER, centres.get(0), JobRole.CENTRE_MANAGER);
        long other = f.centre("Many elsewhere");
        long staffElsewhere = f.person("Staff Many elsewhere");
        f.employ(staffElsewhere, other, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2025, 1, 1), null);
        assertThatThrownBy(() -> Fixture.as(manager, () -> assigning.assign(Assigning.toCentres(course, Set.of(centres.get(0), other),
            LocalDate.of(2027, 4, 30), true, null)))).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from assignment where person_id = ?", Integer.class, staffElsewhere))
            .as("nobody assigned by the refused list").isZero();
    }

    @Test
    void theTrendIsTheRollUpAsAtEachMonthEndAndTodayFromOneStatement() {
        Fixture org = new Fixture(jdbc);
        long providerA = org.provider("A");
        long providerB = org.provider("B");
        long groupG = org.group("G");
        long recom = org.centre("Recom");
        long steady = org.centre("Steady");
        org.arrangement(recom, providerA, null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 1));
        org.arrangement(recom, providerB, groupG, LocalDate.of(2026, 3, 1), null);
        org.arrangement(steady, providerA, null, LocalDate.of(2024, 1, 1), null);
        long ann = org.person("Ann Recom");
        long ben = org.person("Ben Mover");
        org.employ(ann, recom, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2025, 1, 1), null);
        org.employ(ben, recom, JobRole.OUTREACH_WORKER, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 4, 1));
        org.employ(ben, steady, JobRole.OUTREACH_WORKER, LocalDate.of(2026, 4, 1), null);
        org.completed(ann, "managing-change", LocalDate.of(2025, 6, 1));
        clock.setDay(LocalDate.of(2026, 1, 10));
        long course = org.course("managing-change");
        assigning.assign(Assigning.toCentres(course, Set.of(recom, steady), LocalDate.of(2026, 2, 28), true, null));
        clock.setDay(LocalDate.of(2026, 6, 15));

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        List<RollUp> trend = completion.trend();
        assertThat(stats.getPrepareStatementCount()).as("statements for twelve days").isEqualTo(1);

        assertThat(trend).extracting(RollUp::asAt).containsExactly(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 31),
            LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30),
            LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 15));
        // The property: every point is the single-day roll-up at its day, centre by centre, demo data included.
        for (RollUp point : trend) {
            assertThat(point.centres()).as("as at " + point.asAt()).isNotEmpty()
                .containsExactlyElementsOf(completion.rollUp(point.asAt()).centres());
        }
        // And by hand: nothing assigned before January; on 28 Feb due that day, not yet overdue; on 31 Mar
        // Recom under B and G, Ben overdue; on 30 Apr Ben moved to Steady with his assignment.
        assertThat(lines(trend.get(5), org.name)).first().isEqualTo(
            "LOCAL_AUTHORITY " + org.name + " staff 2 assigned 0 completed 0 overdue 0");
        assertThat(lines(trend.get(7), org.name)).containsExactly(
            "LOCAL_AUTHORITY " + org.name + " staff 2 assigned 2 completed 1 overdue 0",
            "PROVIDER A " + org.name + " staff 2 assigned 2 completed 1 overdue 0",
            "GROUP  staff 2 assigned 2 completed 1 overdue 0",
            "CENTRE Recom " + org.name + " staff 2 assigned 2 completed 1 overdue 0");
        assertThat(lines(trend.get(8), org.name)).containsExactly(
            "LOCAL_AUTHORITY " + org.name + " staff 2 assigned 2 completed 1 overdue 1",
            "PROVIDER B " + org.name + " staff 2 assigned 2 completed 1 overdue 1",
            "GROUP G " + org.name + " staff 2 assigned 2 completed 1 overdue 1",
            "CENTRE Recom " + org.name + " staff 2 assigned 2 completed 1 overdue 1");
        assertThat(lines(trend.get(9), org.name)).contains(
            "CENTRE Steady " + org.name + " staff 1 assigned 1 completed 0 overdue 1",
            "CENTRE Recom " + org.name + " staff 1 assigned 1 completed 1 overdue 0");

        // One centre's trend: the same numbers for that centre alone.
        List<RollUp> steadyTrend = completion.centreTrend(steady);
        for (int i = 0; i < steadyTrend.size(); i++) {
            assertThat(steadyTrend.get(i).centres()).as("Steady as at " + steadyTrend.get(i).asAt()).containsExactlyElementsOf(
                trend.get(i).centres().stream().filter(c -> c.centreId() == steady).toList());
        }
        assertThat(steadyTrend.getLast().centres()).singleElement().satisfies(c -> assertThat(c.staff()).isEqualTo(1));
    }

    private static List<String> lines(RollUp rollUp, String authority) {
        List<String> out = new java.util.ArrayList<>();
        flatten(List.of(rollUp.authority(authority)), out);
        return out;
    }

    private static void flatten(List<RollUp.Line> lines, List<String> out) {
        for (RollUp.Line l : lines) {
            out.add(l.level() + " " + l.name() + " staff " + l.staff() + " assigned " + l.assigned() + " completed " + l.completed()
                + " overdue " + l.overdue());
            flatten(l.children(), out);
        }
    }

    private static List<String> cells(List<MatrixCell> cells) {
        return cells.stream().map(c -> c.fullName() + " " + c.status() + (c.status() == TrainingStatus.COMPLETED
            ? " on " + c.completedOn() : " due " + c.dueOn())).toList();
    }
}
