package org.centrecpd.courses.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.organisation.JobRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The learner's side: answers into the own journal, completion rules, the catalogue's filters. */
@SpringBootTest
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class CourseLearningTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    CourseService courses;
    @Autowired
    JournalService journal;
    @Autowired
    UserDetailsService users;

    String slug;

    @BeforeEach
    void importACourse() {
        slug = TestCourses.newSlug();
        TestCourses.write(folder, slug, "Learning course " + slug, "Text.");
        new TestCourses(context).importFolder(folder);
    }

    @Test
    void answersGoIntoMyJournalWithThePromptFromTheCourse() {
        courses.openUnit(slug, 2);
        courses.saveAnswer(slug, 2, "next-step", "Ask a parent.");
        courses.saveAnswer(slug, 2, "next-step", "Ask two parents.");

        assertThat(journal.courseAnswers(slug, "02-second.md")).containsExactly(java.util.Map.entry("next-step", "Ask two parents."));
        assertThat(courses.openUnit(slug, 2).answers()).containsEntry("next-step", "Ask two parents.");
    }

    @Test
    void anotherPersonNeverSeesMyAnswers() {
        courses.saveAnswer(slug, 2, "next-step", "Private thoughts.");

        signInAs(DemoLogins.MANAGER);

        assertThat(courses.course(slug).started()).isFalse();
        assertThat(courses.openUnit(slug, 2).answers()).isEmpty();
        assertThat(journal.courseAnswers(slug, "02-second.md")).isEmpty();
    }

    @Test
    void completionNeedsEveryRequiredAnswerButNotTheOptionalOne() {
        courses.openUnit(slug, 2);
        courses.saveAnswer(slug, 2, "next-step", "   ");

        UnitCompletion refused = courses.completeUnit(slug, 2);
        assertThat(refused.completed()).isFalse();
        assertThat(refused.missing()).containsExactly("What will you do next?");
        assertThat(courses.course(slug).units().get(1).status()).isEqualTo(LearnerStatus.IN_PROGRESS);

        courses.saveAnswer(slug, 2, "next-step", "Plan a session.");
        assertThat(courses.completeUnit(slug, 2).completed()).isTrue();
        assertThat(courses.course(slug).units().get(1).status()).isEqualTo(LearnerStatus.COMPLETED);
        assertThat(courses.course(slug).resumeOrder()).isEqualTo(1);
    }

    @Test
    void completingTheLastUnitCreditsTheHours() {
        BigDecimal before = courses.myCpd().total();
        courses.saveAnswer(slug, 1, "why-here", "Curious.");
        courses.completeUnit(slug, 1);
        courses.saveAnswer(slug, 2, "next-step", "Share it.");
        courses.completeUnit(slug, 2);

        assertThat(courses.myCpd().total()).isEqualByComparingTo(before.add(new BigDecimal("2.5")));
        assertThat(courses.myCpd().thisYear()).isGreaterThanOrEqualTo(new BigDecimal("2.5"));
        assertThat(courses.catalogue(new CatalogueFilter(null, null, null, null, null, slug)))
            .extracting(CourseCard::status).containsExactly(LearnerStatus.COMPLETED);
    }

    @Test
    void unknownCoursesUnitsAndQuestionsAreNotFound() {
        assertThatThrownBy(() -> courses.course("no-such-course")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> courses.openUnit(slug, 99)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> courses.saveAnswer(slug, 2, "count", "a check is not a reflective question"))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSignInWithoutAPersonReadsButRecordsNothing() {
        assertThat(courses.openUnit(slug, 1).tracked()).isFalse();
        assertThatThrownBy(() -> courses.saveAnswer(slug, 1, "why-here", "x")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theCatalogueFiltersInTheDatabase() {
        CatalogueFilter mine = new CatalogueFilter(null, null, null, null, null, slug);
        assertThat(courses.catalogue(mine)).extracting(CourseCard::slug).containsExactly(slug);
        assertThat(courses.catalogue(new CatalogueFilter(CourseKind.REFLECTIVE_MODULE, CorePurposeArea.COMMUNITY_HUB,
            JobRole.MIDWIFE, new BigDecimal("2.5"), new BigDecimal("2.5"), slug))).hasSize(1);
        assertThat(courses.catalogue(new CatalogueFilter(CourseKind.WORKSHOP, null, null, null, null, slug))).isEmpty();
        assertThat(courses.catalogue(new CatalogueFilter(null, CorePurposeArea.ENGAGING_PARENTS, null, null, null, slug))).isEmpty();
        assertThat(courses.catalogue(new CatalogueFilter(null, null, JobRole.CENTRE_MANAGER, null, null, slug))).isEmpty();
        assertThat(courses.catalogue(new CatalogueFilter(null, null, null, new BigDecimal("3"), null, slug))).isEmpty();
        assertThat(courses.catalogue(new CatalogueFilter(null, null, null, null, new BigDecimal("2"), slug))).isEmpty();
        assertThat(courses.catalogue(new CatalogueFilter(null, null, null, null, null, "written by a test")))
            .extracting(CourseCard::slug).contains(slug);
        assertThat(courses.catalogue(new CatalogueFilter(null, null, null, null, null, "100%_"))).isEmpty();
    }

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
