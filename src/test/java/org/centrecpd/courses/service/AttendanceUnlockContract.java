package org.centrecpd.courses.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CourseAttendance;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attendance unlocks the next step (issue 32 §4), on each database: a workshop's unit marked {@code requiresAttendance}
 * stays shut for a learner until attendance at a session is recorded through {@link CourseAttendance} (the register's
 * path), which opens it; nothing can be answered or completed in it before.
 */
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
abstract class AttendanceUnlockContract {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    CourseAttendance attendance;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    String slug;
    long me;

    @BeforeEach
    void importAWorkshopWithAFollowUpUnit() {
        slug = TestCourses.newSlug();
        TestCourses.writeWorkshop(folder, slug);
        assertThat(new TestCourses(context).importFolder(folder).problems()).isEmpty();
        me = jdbc.queryForObject("select person_id from user_account where username = ?", Long.class, DemoLogins.PRACTITIONER);
    }

    @Test
    void theFollowUpUnitIsShutUntilAttendanceIsRecordedAndThenOpens() {
        assertThat(learning.openUnit(slug, 1).locked()).as("the preparation is open").isFalse();
        UnitPage shut = learning.openUnit(slug, 2);
        assertThat(shut.locked()).isTrue();
        assertThat(shut.parts()).as("nothing of the unit is shown").isEmpty();
        assertThat(catalogue.course(slug).units()).extracting(CoursePage.UnitRow::waitsForAttendance).containsExactly(false, true);
        assertThatThrownBy(() -> learning.saveAnswer(slug, 2, "what-changed", "Too early"))
            .isInstanceOf(RuleViolation.class).hasMessageContaining("courses.unit.locked");
        assertThatThrownBy(() -> learning.completeUnit(slug, 2)).isInstanceOf(RuleViolation.class);

        tx.executeWithoutResult(s -> attendance.completedByAttending(me, slug, LocalDate.of(2026, 11, 20), new BigDecimal("3")));

        UnitPage open = learning.openUnit(slug, 2);
        assertThat(open.locked()).isFalse();
        assertThat(open.parts()).isNotEmpty();
        assertThat(catalogue.course(slug).units()).extracting(CoursePage.UnitRow::waitsForAttendance).containsExactly(false, false);
        learning.saveAnswer(slug, 2, "what-changed", "We tried the new rota.");
        assertThat(jdbc.queryForObject("""
            select source from course_completion c join course k on k.id = c.course_id where k.slug = ? and c.person_id = ?""",
            String.class, slug, me)).isEqualTo("ATTENDANCE");
    }

    @Test
    void attendingOnTheDayTheCourseWasAlreadyCompletedStillOpensTheUnit() {
        LocalDate day = LocalDate.of(2026, 11, 21);
        jdbc.update("""
            insert into course_completion (person_id, course_id, course_version_id, version_number, completed_on, cpd_hours)
            select ?, c.id, c.current_version_id, 1, ?, 3 from course c where c.slug = ?""", me, java.sql.Date.valueOf(day), slug);
        assertThat(learning.openUnit(slug, 2).locked()).as("a completion that was not by attending opens nothing").isTrue();

        tx.executeWithoutResult(s -> assertThat(attendance.completedByAttending(me, slug, day, new BigDecimal("3"))).isEmpty());

        assertThat(learning.openUnit(slug, 2).locked()).isFalse();
    }
}
