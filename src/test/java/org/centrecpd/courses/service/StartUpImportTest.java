package org.centrecpd.courses.service;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;

/** Whatever the courses folder holds, the app starts, and the good courses load. */
@CentreTest
class StartUpImportTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theBrokenFixturesLoadTheGoodCourseAndReportTheRest() {
        ImportReport report = new TestCourses(context).importFolder(Path.of("src/test/resources/courses-broken"));

        assertThat(report.courses()).isEqualTo(1);
        assertThat(report.units()).isEqualTo(1);
        assertThat(report.problems()).hasSize(30); // as in BrokenCoursesTest: 18, plus 7 self-assessment, 2 certification and 3 units-before-booking problems
    }

    @Test
    void aFolderThatIsNotThereIsAProblemNotAFailure() {
        ImportReport report = new TestCourses(context).importFolder(Path.of("no-such-folder"));

        assertThat(report.courses()).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist"));
    }

    @Test
    void anImportThatBreaksDoesNotStopTheStart() {
        FolderImport failing = new FolderImport(null, null, null, null, null, Path.of("courses")) {
            @Override
            synchronized ImportReport importFolder() {
                throw new IllegalStateException("database gone");
            }
        };
        assertThatCode(() -> new CourseStartupImport(failing).run(null)).doesNotThrowAnyException();
    }
}
