package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit that opens after attendance (issue 32 §4): read from the front matter of a workshop's unit, refused elsewhere. */
class AttendanceFrontMatterTest {

    @Test
    void aWorkshopsUnitMayWaitForAttendance(@TempDir Path root) throws Exception {
        FolderReading reading = read(root, "workshop", "requiresAttendance: true\n");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.courses().getFirst().units()).singleElement().extracting(UnitSource::requiresAttendance).isEqualTo(true);
    }

    @Test
    void withoutTheFieldAUnitIsOpen(@TempDir Path root) throws Exception {
        assertThat(read(root, "workshop", "").courses().getFirst().units().getFirst().requiresAttendance()).isFalse();
    }

    @Test
    void aSelfStudyCoursesUnitCannotWaitForAttendance(@TempDir Path root) throws Exception {
        FolderReading reading = read(root, "reflective-module", "requiresAttendance: true\n");

        assertThat(reading.courses()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("c/01-unit.md");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("only a workshop's units can wait for attendance");
        });
    }

    @Test
    void aValueOtherThanTrueOrFalseIsRefused(@TempDir Path root) throws Exception {
        FolderReading reading = read(root, "workshop", "requiresAttendance: after the session\n");

        assertThat(reading.problems()).singleElement().satisfies(p ->
            assertThat(p.message()).isEqualTo("'requiresAttendance' must be true or false, not 'after the session'"));
    }

    private static FolderReading read(Path root, String kind, String field) throws Exception {
        return OneUnitCourse.read(root, kind, "", field);
    }
}
