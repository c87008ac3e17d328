package org.centrecpd.courses.service;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.centrecpd.courses.CourseCompleted;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Versions by content: an unchanged course is left alone, a changed one becomes a new version;
 * completions keep their version; a learner part-way through is told and keeps unchanged units.
 */
@CentreTest
@RecordApplicationEvents
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class CourseVersioningTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    TestCourses testCourses;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    LearningService learning;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    String slug;

    @BeforeEach
    void writeVersionOne() {
        testCourses = new TestCourses(context);
        slug = TestCourses.newSlug();
        TestCourses.write(folder, slug, "Versioned course", "The first wording.");
        assertThat(testCourses.importFolder(folder).newVersions()).isEqualTo(1);
    }

    @Test
    void anUnchangedCourseIsLeftAloneAndAChangedOneBecomesANewVersion() {
        ImportReport again = testCourses.importFolder(folder);
        assertThat(again.newVersions()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(catalogue.course(slug).version()).isEqualTo(1);

        TestCourses.write(folder, slug, "Versioned course", "The second wording.");
        ImportReport changed = testCourses.importFolder(folder);

        assertThat(changed.newVersions()).isEqualTo(1);
        assertThat(catalogue.course(slug).version()).isEqualTo(2);
        assertThat(catalogue.course(slug).versionNotes()).isEqualTo("Unit 2 was rewritten.");
    }

    @Test
    void aCompletionOfVersionOneIsKeptAfterVersionTwo() {
        completeWholeCourse();
        LocalDate today = LocalDate.now(clock);
        assertThat(events.stream(CourseCompleted.class)).containsExactly(new CourseCompleted(
            currentUser.require().personId(), slug, 1, new BigDecimal("2.50"), today));

        TestCourses.write(folder, slug, "Versioned course", "The second wording.");
        testCourses.importFolder(folder);

        CoursePage page = catalogue.course(slug);
        assertThat(page.version()).isEqualTo(2);
        assertThat(page.completedVersion()).isEqualTo(1);
        assertThat(page.completedOn()).isEqualTo(today);
        assertThat(page.updatedFrom()).as("no 'updated' notice after completing").isNull();
    }

    @Test
    void aLearnerPartWayThroughSeesTheUpdateAndKeepsTheUnitsThatDidNotChange() {
        learning.openUnit(slug, 1);
        learning.saveAnswer(slug, 1, "why-here", "Because my manager suggested it.");
        assertThat(learning.completeUnit(slug, 1).completed()).isTrue();
        learning.openUnit(slug, 2);

        TestCourses.write(folder, slug, "Versioned course", "The second wording.");
        testCourses.importFolder(folder);

        CoursePage page = catalogue.course(slug);
        assertThat(page.updatedFrom()).isEqualTo(1);
        assertThat(page.units()).extracting(CoursePage.UnitRow::status)
            .containsExactly(LearnerStatus.COMPLETED, LearnerStatus.NOT_STARTED);
        assertThat(page.resumeOrder()).isEqualTo(2);

        UnitPage unit = learning.openUnit(slug, 1);
        assertThat(unit.version()).isEqualTo(2);
        assertThat(unit.answers()).containsEntry("why-here", "Because my manager suggested it.");
        assertThat(catalogue.course(slug).updatedFrom()).as("continuing on the new version").isNull();
    }

    private void completeWholeCourse() {
        learning.openUnit(slug, 1);
        learning.saveAnswer(slug, 1, "why-here", "To learn.");
        assertThat(learning.completeUnit(slug, 1).courseCompleted()).isFalse();
        learning.openUnit(slug, 2);
        learning.saveAnswer(slug, 2, "next-step", "Try it at the Tuesday group.");
        UnitCompletion last = learning.completeUnit(slug, 2);
        assertThat(last.courseCompleted()).isTrue();
        assertThat(last.cpdHours()).isEqualByComparingTo("2.5");
    }
}
