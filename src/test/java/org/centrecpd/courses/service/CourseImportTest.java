package org.centrecpd.courses.service;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.centrecpd.courses.files.CourseFolderReader;
import org.centrecpd.courses.files.FolderReading;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The real courses/ folder is imported at start-up; re-importing it unchanged changes nothing. */
@CentreTest
class CourseImportTest {

    @Autowired
    CourseAdminService admin;

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theRealFolderImportsWithoutProblemsAndAgainAsNoOp() {
        FolderReading folder = CourseFolderReader.read(Path.of("courses"));
        int units = folder.courses().stream().mapToInt(c -> c.units().size()).sum();
        int questions = folder.courses().stream().mapToInt(c -> c.questionCount()).sum();

        ImportReport startUp = admin.lastReport().orElseThrow();
        ImportReport again = admin.reimport();

        assertThat(startUp.problems()).isEmpty();
        assertThat(again.problems()).isEmpty();
        assertThat(again.courses()).isEqualTo(folder.courses().size()).isPositive();
        assertThat(again.units()).isEqualTo(units);
        assertThat(again.questions()).isEqualTo(questions);
        assertThat(again.newVersions()).isZero();
        assertThat(again.unchanged()).isEqualTo(again.courses());
        assertThat(admin.published()).extracting(PublishedCourse::slug)
            .containsAll(folder.courses().stream().map(c -> c.slug()).toList());
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void onlyAdminsReimport() {
        assertThatThrownBy(admin::reimport).isInstanceOf(AccessDeniedException.class);
    }
}
