package org.centrecpd.courses.service;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A reflective question marked about-family in its file reaches the player with the mark (issue 29 §7),
 * including on a version stored before the mark was kept.
 */
@CentreTest
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class AboutFamilyQuestionTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    LearningService learning;
    @Autowired
    JdbcTemplate jdbc;

    String slug;
    TestCourses testCourses;

    @BeforeEach
    void importCourse() {
        slug = TestCourses.newSlug();
        TestCourses.writeFamilyQuestions(folder, slug);
        testCourses = new TestCourses(context);
        assertThat(testCourses.importFolder(folder).newVersions()).isEqualTo(1);
    }

    private UnitPage.Reflect question(String id) {
        return learning.openUnit(slug, 1).parts().stream()
            .filter(p -> p instanceof UnitPage.Reflect r && r.id().equals(id))
            .map(UnitPage.Reflect.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theMarkIsStoredWithTheQuestionAndOnlyThatQuestion() {
        assertThat(question("a-family").aboutFamily()).isTrue();
        assertThat(question("my-practice").aboutFamily()).isFalse();
    }

    @Test
    void aVersionStoredBeforeTheMarkWasKeptGetsItAtTheNextImportWithoutBecomingANewVersion() {
        // As a database migrated to V17 holds it: the column there, false for every question.
        jdbc.update("""
            update course_unit_part set about_family = false where course_unit_id in (
              select u.id from course_unit u join course_version v on v.id = u.course_version_id
              join course c on c.id = v.course_id where c.slug = ?)""", slug);
        assertThat(question("a-family").aboutFamily()).isFalse();

        ImportReport again = testCourses.importFolder(folder);

        assertThat(again.newVersions()).isZero();
        assertThat(learning.openUnit(slug, 1).version()).isEqualTo(1);
        assertThat(question("a-family").aboutFamily()).isTrue();
        assertThat(question("my-practice").aboutFamily()).isFalse();
    }
}
