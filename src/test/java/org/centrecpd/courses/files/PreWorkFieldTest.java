package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units to complete before booking a workshop's session (course.yml {@code bookingRequiresUnits}, issue 32 §4). */
class PreWorkFieldTest {

    @Test
    void aWorkshopNamesItsOwnUnits(@TempDir Path root) throws Exception {
        FolderReading reading = read(root, "workshop", "bookingRequiresUnits:\n  - 01-unit.md\n");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.courses().getFirst().preWork()).containsExactly("01-unit.md");
    }

    @Test
    void withoutTheFieldNothingIsAskedBeforeBooking(@TempDir Path root) throws Exception {
        assertThat(read(root, "workshop", "").courses().getFirst().preWork()).isEmpty();
    }

    @Test
    void aCourseWithoutSessionsCannotAskForUnitsBeforeBooking(@TempDir Path root) throws Exception {
        FolderReading reading = read(root, "reflective-module", "bookingRequiresUnits:\n  - 01-unit.md\n");

        assertThat(reading.courses()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("c/course.yml");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).startsWith("only a workshop has sessions to book");
        });
    }

    private static FolderReading read(Path root, String kind, String field) throws Exception {
        return OneUnitCourse.read(root, kind, field, "");
    }
}
