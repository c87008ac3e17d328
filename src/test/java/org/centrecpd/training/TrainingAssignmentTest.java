package org.centrecpd.training;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.centrecpd.support.Fixture;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.support.TestClock;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.MatrixFilter;
import org.centrecpd.training.domain.PersonAssignment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Assigning: who may assign to whom, in one statement, and what is due, overdue or done on which day. */
@CentreTest
class TrainingAssignmentTest {

    @Autowired
    AssignmentService assigning;
    @Autowired
    CompletionService completion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long centre(String name) {
        return jdbc.queryForObject("select id from centre where name = ?", Long.class, name);
    }

    private long course(String slug) {
        return jdbc.queryForObject("select id from course where slug = ?", Long.class, slug);
    }

    private long staffOf(long centre) {
        return jdbc.queryForObject("select count(distinct person_id) from employment where centre_id = ? and end_date is null",
            Long.class, centre);
    }

    @Test
    @Transactional
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aManagerAssignsToTheirCentreOnlyAndNobodyTwice() {
        long ashbrook = centre("Ashbrook Children's Centre");
        long bramley = centre("Bramley Children's Centre");
        long course = course("future-leaders");
        LocalDate due = LocalDate.now().plusMonths(1);
        long alreadyHaveIt = jdbc.queryForObject("""
            select count(distinct a.person_id) from assignment a join employment e on e.person_id = a.person_id
            where e.centre_id = ? and e.end_date is null and a.course_id = ? and a.cancelled_on is null""", Long.class, ashbrook, course);
        int first = assigning.assign(Assigning.toCentres(course, Set.of(ashbrook), due, true, null));
        int again = assigning.assign(Assigning.toCentres(course, Set.of(ashbrook), due, true, null));
        assertThat(first).isEqualTo(staffOf(ashbrook) - alreadyHaveIt).isGreaterThan(15);
        assertThat(again).isZero();
        assertThat(completion.matrix(ashbrook, null, MatrixFilter.ALL))
            .filteredOn(c -> c.courseId() == course).hasSize((int) staffOf(ashbrook));

        assertThatThrownBy(() -> assigning.assign(Assigning.toCentres(course, Set.of(bramley), due, true, null)))
            .isInstanceOf(NotFoundException.class);
        long bramleyPerson = jdbc.queryForObject("select min(person_id) from employment where centre_id = ?", Long.class, bramley);
        assertThatThrownBy(() -> assigning.assign(Assigning.toPeople(course, Set.of(bramleyPerson), due, true, null)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> completion.matrix(bramley, null, MatrixFilter.ALL)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> completion.personRecord(bramleyPerson, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> completion.rollUp(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assigning.assign(Assigning.toCentres(course, Set.of(ashbrook), due.minusMonths(2), true, null)))
            .isInstanceOf(RuleViolation.class).hasMessage("training.assign.dueInPast");
    }

    @Test
    @Transactional
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void jobRolesWithinTheManagersCentres() {
        long ashbrook = centre("Ashbrook Children's Centre");
        long workers = jdbc.queryForObject("""
            select count(distinct person_id) from employment
            where centre_id = ? and end_date is null and job_role = 'FAMILY_SUPPORT_WORKER'""", Long.class, ashbrook);
        int assigned = assigning.assign(Assigning.toRoles(course("early-years-focus"), Set.of(JobRole.FAMILY_SUPPORT_WORKER), Set.of(),
            LocalDate.now().plusDays(10), false, null));
        assertThat(assigned).isEqualTo(workers).isPositive();
    }

    @Test
    @Transactional
    @WithUserDetails(value = DemoLogins.OTHER_MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void anotherCentresAssignmentCannotBeCancelled() {
        long ashbrook = centre("Ashbrook Children's Centre");
        long person = jdbc.queryForObject("select min(person_id) from employment where centre_id = ?", Long.class, ashbrook);
        jdbc.update("""
            insert into assignment (person_id, course_id, due_on, required, assigned_on)
            values (?, ?, date '2030-01-01', true, date '2026-01-01')""", person, course("core-purpose"));
        long id = jdbc.queryForObject("select max(id) from assignment where person_id = ?", Long.class, person);
        assertThatThrownBy(() -> assigning.cancel(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void practitionersDoNotAssign() {
        assertThatThrownBy(() -> assigning.assign(Assigning.toCentres(1, Set.of(1L), LocalDate.now(), true, null)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> completion.matrix(1, null, MatrixFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Transactional
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void dueOverdueAndRecurrenceAcrossDates() {
        Fixture org = new Fixture(jdbc);
        long provider = org.provider("Lead");
        long centre = org.centre("Centre");
        org.arrangement(centre, provider, null, LocalDate.of(2024, 1, 1), null);
        long ann = org.person("Ann Fixture");
        org.employ(ann, centre, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2024, 1, 1), null);
        org.completed(ann, "core-purpose", LocalDate.of(2025, 1, 10));
        org.completed(ann, "working-together", LocalDate.of(2024, 2, 1));
        org.completed(ann, "early-years-focus", LocalDate.of(2025, 1, 10));

        clock.setDay(LocalDate.of(2026, 1, 1));
        LocalDate due = LocalDate.of(2026, 3, 1);
        // Refresh every 12 months: the 2025-01-10 completion still counts, valid until 2026-01-10 (its renewal window
        // opened 60 days before, on 2025-11-11).
        assigning.assign(Assigning.toPeople(org.course("core-purpose"), Set.of(ann), due, true, 12));
        // Taken once: a completion of two years ago counts.
        assigning.assign(Assigning.toPeople(org.course("working-together"), Set.of(ann), due, true, null));
        // Refresh every 6 months: the 2025-01-10 completion had expired before the assignment.
        assigning.assign(Assigning.toPeople(org.course("early-years-focus"), Set.of(ann), due, false, 6));
        // Never taken.
        assigning.assign(Assigning.toPeople(org.course("managing-change"), Set.of(ann), due, true, null));

        assertThat(statuses(ann, LocalDate.of(2025, 11, 10))).containsExactly(
            "core-purpose COMPLETED", "early-years-focus DUE", "managing-change DUE", "working-together COMPLETED");
        assertThat(statuses(ann, LocalDate.of(2026, 1, 9))).containsExactly(
            "core-purpose RENEWAL_DUE", "early-years-focus DUE", "managing-change DUE", "working-together COMPLETED");
        assertThat(statuses(ann, LocalDate.of(2026, 1, 10))).containsExactly(
            "core-purpose RENEWAL_DUE", "early-years-focus DUE", "managing-change DUE", "working-together COMPLETED");
        assertThat(statuses(ann, LocalDate.of(2026, 1, 11))).containsExactly(
            "core-purpose EXPIRED", "early-years-focus DUE", "managing-change DUE", "working-together COMPLETED");
        assertThat(statuses(ann, LocalDate.of(2026, 3, 1))).containsExactly(
            "core-purpose EXPIRED", "early-years-focus DUE", "managing-change DUE", "working-together COMPLETED");
        // In the centre's matrix, the expired one is expired (not overdue), to be renewed since its valid-until date.
        assertThat(completion.matrix(centre, LocalDate.of(2026, 1, 11), new MatrixFilter(org.course("core-purpose"), null, null)))
            .singleElement().satisfies(c -> {
                assertThat(c.status()).isEqualTo(TrainingStatus.EXPIRED);
                assertThat(c.effectiveDue()).isEqualTo(LocalDate.of(2026, 1, 10));
            });
        assertThat(statuses(ann, LocalDate.of(2026, 3, 2))).containsExactly(
            "core-purpose EXPIRED", "early-years-focus OVERDUE", "managing-change OVERDUE", "working-together COMPLETED");
    }

    /** Each assignment's status on {@code day}, by the query's rule, after checking the Java rule agrees. */
    private List<String> statuses(long person, LocalDate day) {
        List<String> result = new ArrayList<>();
        for (PersonAssignment a : completion.personRecord(person, day)) {
            assertThat(TrainingStatus.of(a.dueOn(), a.completedOn(), a.expiresOn(), a.renewalOpensOn(), day)).as(a.courseSlug()).isEqualTo(a.status());
            result.add(a.courseSlug() + " " + a.status());
        }
        return result.stream().sorted().toList();
    }

    @Test
    @Transactional
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void twoThousandPeopleInOneStatement() {
        Fixture org = new Fixture(jdbc);
        long provider = org.provider("Lead");
        long centre = org.centre("Big centre");
        org.arrangement(centre, provider, null, LocalDate.of(2024, 1, 1), null);
        jdbc.batchUpdate("insert into person (full_name, email, job_role) values (?, ?, 'FAMILY_SUPPORT_WORKER')",
            java.util.stream.IntStream.range(0, 2000).mapToObj(i -> new Object[] {"Person " + i, org.name.replace(' ', '-') + i + "@bulk.example"}).toList());
        jdbc.update("""
            insert into employment (person_id, centre_id, job_role, start_date)
            select id, ?, 'FAMILY_SUPPORT_WORKER', date '2024-01-01' from person where email like ?""", centre, org.name.replace(' ', '-') + "%@bulk.example");
        // The first statement of its kind pays for parsing and planning; the second is what a manager waits for.
        assigning.assign(Assigning.toCentres(org.course("working-together"), Set.of(centre), LocalDate.now().plusMonths(1), true, null));
        long course = org.course("core-purpose");
        long started = System.nanoTime();
        int assigned = assigning.assign(Assigning.toCentres(course, Set.of(centre), LocalDate.now().plusMonths(1), true, 12));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Assigning one course to %d people: %d ms (%s, one INSERT ... SELECT)%n", assigned, millis,
            jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
        assertThat(assigned).isEqualTo(2000);
        assertThat(jdbc.queryForObject("select count(*) from assignment where course_id = ? and person_id in "
            + "(select person_id from employment where centre_id = ?)", Long.class, course, centre)).isEqualTo(2000);
    }
}
