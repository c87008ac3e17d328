package org.centrecpd.courses.service;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.organisation.JobRole;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The learner's side: answers into the own journal, completion rules, the catalogue's filters. */
@CentreTest
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class CourseLearningTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    LearningService learning;
    @Autowired
    JournalService journal;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManagerFactory emf;

    String slug;

    @BeforeEach
    void importACourse() {
        slug = TestCourses.newSlug();
        TestCourses.write(folder, slug, "Learning course " + slug, "Text.");
        new TestCourses(context).importFolder(folder);
    }

    @Test
    void answersGoIntoMyJournalWithThePromptFromTheCourse() {
        learning.openUnit(slug, 2);
        learning.saveAnswer(slug, 2, "next-step", "Ask a parent.");
        learning.saveAnswer(slug, 2, "next-step", "Ask two parents.");

        assertThat(journal.courseAnswers(slug, "02-second.md")).containsExactly(java.util.Map.entry("next-step", "Ask two parents."));
        assertThat(learning.openUnit(slug, 2).answers()).containsEntry("next-step", "Ask two parents.");
    }

    @Test
    void anotherPersonNeverSeesMyAnswers() {
        learning.saveAnswer(slug, 2, "next-step", "Private thoughts.");

        signInAs(DemoLogins.MANAGER);

        assertThat(catalogue.course(slug).started()).isFalse();
        assertThat(learning.openUnit(slug, 2).answers()).isEmpty();
        assertThat(journal.courseAnswers(slug, "02-second.md")).isEmpty();
    }

    @Test
    void completionNeedsEveryRequiredAnswerButNotTheOptionalOne() {
        learning.openUnit(slug, 2);
        learning.saveAnswer(slug, 2, "next-step", "   ");

        UnitCompletion refused = learning.completeUnit(slug, 2);
        assertThat(refused.completed()).isFalse();
        assertThat(refused.missing()).containsExactly("What will you do next?");
        assertThat(catalogue.course(slug).units().get(1).status()).isEqualTo(LearnerStatus.IN_PROGRESS);

        learning.saveAnswer(slug, 2, "next-step", "Plan a session.");
        assertThat(learning.completeUnit(slug, 2).completed()).isTrue();
        assertThat(catalogue.course(slug).units().get(1).status()).isEqualTo(LearnerStatus.COMPLETED);
        assertThat(catalogue.course(slug).resumeOrder()).isEqualTo(1);
    }

    @Test
    void completingTheLastUnitCreditsTheHours() {
        BigDecimal before = learning.myCpd().total();
        learning.saveAnswer(slug, 1, "why-here", "Curious.");
        learning.completeUnit(slug, 1);
        learning.saveAnswer(slug, 2, "next-step", "Share it.");
        learning.completeUnit(slug, 2);

        assertThat(learning.myCpd().total()).isEqualByComparingTo(before.add(new BigDecimal("2.5")));
        assertThat(learning.myCpd().thisYear()).isGreaterThanOrEqualTo(new BigDecimal("2.5"));
        assertThat(catalogue.catalogue(new CatalogueFilter(null, null, null, null, null, slug)))
            .extracting(CourseCard::status).containsExactly(LearnerStatus.COMPLETED);
    }

    @Test
    void unknownCoursesUnitsAndQuestionsAreNotFound() {
        assertThatThrownBy(() -> catalogue.course("no-such-course")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> learning.openUnit(slug, 99)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> learning.saveAnswer(slug, 2, "count", "a check is not a reflective question"))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSignInWithoutAPersonReadsButRecordsNothing() {
        assertThat(learning.openUnit(slug, 1).tracked()).isFalse();
        assertThatThrownBy(() -> learning.saveAnswer(slug, 1, "why-here", "x")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theCatalogueFiltersInTheDatabase() {
        CatalogueFilter mine = new CatalogueFilter(null, null, null, null, null, slug);
        assertThat(catalogue.catalogue(mine)).extracting(CourseCard::slug).containsExactly(slug);
        assertThat(catalogue.catalogue(new CatalogueFilter(CourseKind.REFLECTIVE_MODULE, CorePurposeArea.COMMUNITY_HUB,
            JobRole.MIDWIFE, new BigDecimal("2.5"), new BigDecimal("2.5"), slug))).hasSize(1);
        assertThat(catalogue.catalogue(new CatalogueFilter(CourseKind.WORKSHOP, null, null, null, null, slug))).isEmpty();
        assertThat(catalogue.catalogue(new CatalogueFilter(null, CorePurposeArea.ENGAGING_PARENTS, null, null, null, slug))).isEmpty();
        assertThat(catalogue.catalogue(new CatalogueFilter(null, null, JobRole.CENTRE_MANAGER, null, null, slug))).isEmpty();
        assertThat(catalogue.catalogue(new CatalogueFilter(null, null, null, new BigDecimal("3"), null, slug))).isEmpty();
        assertThat(catalogue.catalogue(new CatalogueFilter(null, null, null, null, new BigDecimal("2"), slug))).isEmpty();
        assertThat(catalogue.catalogue(new CatalogueFilter(null, null, null, null, null, "written by a test")))
            .extracting(CourseCard::slug).contains(slug);
        assertThat(catalogue.catalogue(new CatalogueFilter(null, null, null, null, null, "100%_"))).isEmpty();
    }

    @Test
    void theCatalogueReadsOnlyTheCoursesItShows() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        assertThat(catalogue.catalogue(CatalogueFilter.any())).hasSizeGreaterThan(5);

        for (CatalogueFilter filter : List.of(new CatalogueFilter(null, null, null, null, null, slug),
            new CatalogueFilter(CourseKind.REFLECTIVE_MODULE, CorePurposeArea.COMMUNITY_HUB, JobRole.MIDWIFE,
                new BigDecimal("2.5"), new BigDecimal("2.5"), slug),
            new CatalogueFilter(null, CorePurposeArea.ENGAGING_PARENTS, null, null, null, slug))) {
            stats.clear();
            List<CourseCard> shown = catalogue.catalogue(filter);

            // Filtered in memory, every course (and its current version) would be read to throw most away.
            // Counted per entity class: the statistics are the whole app's, and a background job may
            // read something else meanwhile.
            long read = stats.getEntityStatistics(org.centrecpd.courses.domain.Course.class.getName()).getLoadCount()
                + stats.getEntityStatistics(org.centrecpd.courses.domain.CourseVersion.class.getName()).getLoadCount();
            assertThat(read).as("courses and versions read for %s", filter).isEqualTo(2L * shown.size());
            // The courses with their current version, then my completed and started course ids. The statement count
            // is the whole app's too (a clean-clone run counted 4 when a background job's statement fell inside the
            // call), so the fewest of three calls is compared: a fourth statement of the catalogue's own is in all three.
            long statements = Long.MAX_VALUE;
            for (int call = 0; call < 3; call++) {
                stats.clear();
                catalogue.catalogue(filter);
                statements = Math.min(statements, stats.getPrepareStatementCount());
            }
            assertThat(statements).as("statements for %s", filter).isEqualTo(3);
        }
    }

    @Test
    void myCoursesInProgressAreTheOnesIStartedAndHaveNotCompleted() {
        assertThat(learning.myCoursesInProgress()).extracting(CourseInProgress::slug).doesNotContain(slug);

        learning.openUnit(slug, 1);
        assertThat(learning.myCoursesInProgress()).contains(new CourseInProgress(slug, "Learning course " + slug));

        completeTheCourse();
        assertThat(learning.myCoursesInProgress()).extracting(CourseInProgress::slug).doesNotContain(slug);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSignInWithoutAPersonHasNoCoursesInProgress() {
        assertThat(learning.myCoursesInProgress()).isEmpty();
        assertThat(learning.myCpd().total()).isZero();
    }

    private void completeTheCourse() {
        learning.saveAnswer(slug, 1, "why-here", "Curious.");
        learning.completeUnit(slug, 1);
        learning.saveAnswer(slug, 2, "next-step", "Share it.");
        assertThat(learning.completeUnit(slug, 2).courseCompleted()).isTrue();
    }

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
