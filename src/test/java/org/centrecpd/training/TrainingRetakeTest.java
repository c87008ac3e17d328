package org.centrecpd.training;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.centrecpd.support.Fixture;
import org.centrecpd.courses.service.CatalogueService;
import org.centrecpd.courses.service.LearningService;
import org.centrecpd.courses.service.TestCourses;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.centrecpd.support.TestClock;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.domain.MatrixCell;
import org.centrecpd.training.service.MatrixFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Training that must be refreshed every 12 months: once the completion has expired, taking the
 * self-study course again records a new completion, and the assignment is satisfied again.
 */
@CentreTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class TrainingRetakeTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    AssignmentService assigning;
    @Autowired
    CompletionService completion;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anExpiredRecurringAssignmentIsSatisfiedAgainByTakingTheCourseAgain() {
        String slug = TestCourses.newSlug();
        TestCourses.write(folder, slug, "Safeguarding refresher", "The text.");
        new TestCourses(context).importFolder(folder);
        Fixture org = new Fixture(jdbc);
        long provider = org.provider("A");
        long centre = org.centre("Refresh");
        org.arrangement(centre, provider, null, LocalDate.of(2024, 1, 1), null);
        long ann = org.person("Ann Refresher");
        org.employ(ann, centre, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2024, 1, 1), null);
        long account = insertAccount(ann);
        long course = org.course(slug);

        clock.setDay(LocalDate.of(2026, 1, 10));
        assertThat(assigning.assign(Assigning.toCentres(course, Set.of(centre), LocalDate.of(2026, 2, 28), true, 12))).isEqualTo(1);
        SecurityContext admin = SecurityContextHolder.getContext();

        clock.setDay(LocalDate.of(2026, 2, 1));
        signIn(account, ann);
        completeBothUnits(slug, true);
        awaitCompletedOn(ann, LocalDate.of(2026, 2, 1));

        // Thirteen months later the certification has expired (expired, not overdue): to be renewed.
        clock.setDay(LocalDate.of(2027, 3, 1));
        SecurityContextHolder.setContext(admin);
        assertThat(cells(completion.matrix(centre, null, MatrixFilter.ALL))).containsExactly("Ann Refresher EXPIRED");

        // Closing a unit of a course already completed records nothing new: only a re-take counts.
        signIn(account, ann);
        assertThat(learning.completeUnit(slug, 2).courseCompleted()).isFalse();
        learning.retake(slug);
        assertThat(catalogue.course(slug).resumeOrder()).as("every unit to be completed again").isEqualTo(1);
        assertThat(catalogue.course(slug).completedOn()).as("the earlier completion stays").isEqualTo(LocalDate.of(2026, 2, 1));
        completeBothUnits(slug, true);
        awaitCompletedOn(ann, LocalDate.of(2027, 3, 1));

        assertThat(jdbc.queryForList("select completed_on from course_completion where person_id = ? order by completed_on",
            LocalDate.class, ann)).containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 3, 1));
        assertThat(catalogue.course(slug).completedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        SecurityContextHolder.setContext(admin);
        assertThat(cells(completion.matrix(centre, null, MatrixFilter.ALL))).containsExactly("Ann Refresher COMPLETED 2027-03-01");
        assertThat(jdbc.queryForObject("select expires_on from assignment where person_id = ?", LocalDate.class, ann))
            .isEqualTo(LocalDate.of(2028, 3, 1));
        // Assigning again later joins only the latest completion: one assignment each, not one per completion.
        assertThat(jdbc.queryForObject("select count(*) from assignment where person_id = ?", Integer.class, ann)).isEqualTo(1);
    }

    private void completeBothUnits(String slug, boolean lastCompletes) {
        learning.openUnit(slug, 1);
        learning.saveAnswer(slug, 1, "why-here", "To stay up to date.");
        assertThat(learning.completeUnit(slug, 1).courseCompleted()).isFalse();
        learning.openUnit(slug, 2);
        learning.saveAnswer(slug, 2, "next-step", "Share it at the team meeting.");
        assertThat(learning.completeUnit(slug, 2).courseCompleted()).isEqualTo(lastCompletes);
    }

    private void awaitCompletedOn(long person, LocalDate day) {
        await().atMost(Duration.ofSeconds(20)).until(() -> day.equals(jdbc.queryForObject(
            "select completed_on from assignment where person_id = ?", LocalDate.class, person)));
    }

    private long insertAccount(long person) {
        String username = "refresher." + person + "@fixture.example";
        jdbc.update("insert into user_account (username, password_hash, role, person_id, display_name) values (?, 'x', 'PRACTITIONER', ?, 'Ann')",
            username, person);
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private static void signIn(long account, long person) {
        SignedInUser user = new SignedInUser(account, "refresher", "x", Role.PRACTITIONER, person, "Ann", true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static List<String> cells(List<MatrixCell> cells) {
        return cells.stream().map(c -> c.fullName() + " " + c.status()
            + (c.status() == TrainingStatus.COMPLETED ? " " + c.completedOn() : "")).toList();
    }

}
