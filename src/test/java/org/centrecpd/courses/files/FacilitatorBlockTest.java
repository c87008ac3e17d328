package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facilitator block: read into its own kind of part (never mixed into the learner's text), and
 * each mistake reported with its line: in a course that is not a workshop, an unknown material, an
 * empty block, a session plan without timings. The real {@code managing-change} carries what a
 * half-day workshop needs.
 */
class FacilitatorBlockTest {

    private static final String FENCE = "```";

    @Test
    void aWorkshopUnitCarriesNotesAPlanActivitiesAndHandoutsApartFromTheText(@TempDir Path root) throws Exception {
        write(root, "workshop", """
            Text for everyone.

            ```facilitator plan
            | Time | What |
            | --- | --- |
            | 09:30 | Welcome |
            | 10:00 | Activity |
            ```

            ```facilitator notes
            Keep to time. <script>alert(1)</script>
            ```

            ```facilitator activity
            ### Mapping the change
            Steps.
            ```

            ```facilitator handout
            A sheet to print.
            ```
            """);
        FolderReading reading = CourseFolderReader.read(root);
        assertThat(reading.problems()).isEmpty();
        List<PartSource> parts = reading.courses().getFirst().units().getFirst().parts();
        assertThat(parts).hasSize(5);
        assertThat(parts.getFirst()).isInstanceOfSatisfying(PartSource.Text.class,
            t -> assertThat(t.html()).contains("Text for everyone").doesNotContain("Welcome"));
        assertThat(parts.subList(1, 5)).extracting(p -> ((PartSource.Facilitator) p).material())
            .containsExactly("plan", "notes", "activity", "handout");
        assertThat(((PartSource.Facilitator) parts.get(1)).html()).contains("<table>", "09:30");
        assertThat(((PartSource.Facilitator) parts.get(2)).html()).as("sanitised like all course Markdown").doesNotContain("<script");
    }

    @Test
    void mistakesAreReportedOnTheirLines(@TempDir Path root) throws Exception {
        write(root, "workshop", """
            Intro.

            ```facilitator secrets
            Something.
            ```

            ```facilitator notes
            ```

            ```facilitator plan
            Start with a welcome, then the activities.
            ```
            """);
        FolderReading reading = CourseFolderReader.read(root);
        assertThat(reading.courses()).isEmpty();
        assertThat(reading.problems()).extracting(p -> p.line() + " " + p.message().substring(0, Math.min(40, p.message().length()))).containsExactly(
            "8 a facilitator block says what it holds: ",
            "12 the facilitator notes block is empty",
            "15 a session plan needs its timings: a tabl");
    }

    @Test
    void onlyAWorkshopHasFacilitators(@TempDir Path root) throws Exception {
        write(root, "reflective-module", """
            ```facilitator notes
            Notes.
            ```
            """);
        FolderReading reading = CourseFolderReader.read(root);
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("c/01-unit.md");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("facilitator material belongs to courses of kind 'workshop'");
        });
    }

    @Test
    void managingChangeIsHalfDayWorkshopMaterial() {
        FolderReading reading = CourseFolderReader.read(Path.of("courses"));
        CourseSource course = reading.courses().stream().filter(c -> c.slug().equals("managing-change")).findFirst().orElseThrow();
        List<PartSource> parts = course.units().stream().flatMap(u -> u.parts().stream()).toList();
        List<String> materials = parts.stream().filter(p -> p instanceof PartSource.Facilitator)
            .map(p -> ((PartSource.Facilitator) p).material()).toList();
        assertThat(materials).contains("plan", "notes");
        assertThat(materials.stream().filter("activity"::equals).count()).isGreaterThanOrEqualTo(4);
        assertThat(materials.stream().filter("handout"::equals).count()).isGreaterThanOrEqualTo(4);
        String plan = parts.stream().filter(p -> p instanceof PartSource.Facilitator f && f.material().equals("plan"))
            .map(p -> ((PartSource.Facilitator) p).html()).findFirst().orElseThrow();
        assertThat(plan).contains("09:30", "13:00", "Activity 1", "Activity 4");
        List<String> questions = parts.stream().filter(p -> p instanceof PartSource.Reflect).map(p -> ((PartSource.Reflect) p).id()).toList();
        assertThat(questions).contains("before-what-is-changing", "before-one-worry", "after-what-changed-for-me", "after-one-action");
        assertThat(course.units()).extracting(UnitSource::title).anyMatch(t -> t.contains("reviewing the new arrangements"));
    }

    private static void write(Path root, String kind, String unitBody) throws Exception {
        Path dir = Files.createDirectories(root.resolve("c"));
        Files.writeString(dir.resolve("course.yml"), """
            slug: test-workshop
            title: A workshop
            kind: %s
            summary: Test.
            audience:
              - centre-manager
            cpdHours: 3
            otherLearning: The live session.
            otherLearningMinutes: 180
            corePurpose:
              - partnership-working
            versionNotes: First.
            units:
              - 01-unit.md
            """.formatted(kind));
        Files.writeString(dir.resolve("01-unit.md"), """
            ---
            title: The unit
            order: 1
            minutes: 20
            ---
            """ + unitBody.replace("```", FENCE));
    }
}
