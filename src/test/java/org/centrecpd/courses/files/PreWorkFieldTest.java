package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
        Path dir = Files.createDirectories(root.resolve("c"));
        Files.writeString(dir.resolve("course.yml"), """
            slug: pre-work
            title: A course
            kind: %s
            summary: Test.
            audience:
              - centre-manager
            cpdHours: 1
            otherLearning: The live session.
            otherLearningMinutes: 60
            corePurpose:
              - partnership-working
            %sunits:
              - 01-unit.md
            """.formatted(kind, field));
        Files.writeString(dir.resolve("01-unit.md"), """
            ---
            title: The unit
            order: 1
            minutes: 5
            ---

            Read before you come.
            """);
        return CourseFolderReader.read(root);
    }
}
