package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules over a whole course or the whole folder (issue 29): CPD hours no more than a quarter above
 * what the content takes, and feedback that is each answer's own. The files of a course that breaks
 * one read without a problem; the course is still refused, with the file and the line to change.
 */
class CourseWideRulesTest {

    private static final String FENCE = "```";

    @TempDir
    Path root;

    /** One unit of 400 study words (2 minutes) and one reflective question (10): 12 minutes, 0.2 hours. */
    private void course(String folder, String hoursLines, String check) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        Files.writeString(dir.resolve("course.yml"), """
            slug: %s
            title: A course
            kind: reflective-module
            summary: Test.
            audience:
              - family-support-worker
            %s
            corePurpose:
              - engaging-parents
            units:
              - 01-unit.md
            """.formatted(folder, hoursLines));
        Files.writeString(dir.resolve("01-unit.md"), """
            ---
            title: The unit
            order: 1
            minutes: 12
            ---

            %s

            ```reflect id=practice
            What do you do now?
            ```

            %s

            ## Sources and further reading

            - These words are not study words.
            """.formatted("word ".repeat(400).strip(), check).replace("```", FENCE));
    }

    private static String check(String id, String rightWhy, String wrongWhy) {
        return """
            ```check id=%s
            question: Which one?
            answers:
              - text: This one
                correct: true
                why: %s
              - text: That one
                why: %s
            ```
            """.formatted(id, rightWhy, wrongWhy);
    }

    @Test
    void hoursMoreThanAQuarterAboveTheEstimateAreRefusedOnTheCpdHoursLineWithTheFigures() throws IOException {
        course("over-claimed", "cpdHours: 1", "");

        FolderReading reading = CourseFolderReader.read(root);

        assertThat(reading.courses()).isEmpty();
        assertThat(reading.refused()).extracting(CourseSource::slug).containsExactly("over-claimed");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("over-claimed/course.yml");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("cpdHours is 1, but the course takes about 0.2 hours (400 study words at 200 a minute, "
                + "1 reflective questions at 10 minutes, 0 knowledge checks at 2, 0 self-assessments at 5, 0 minutes of other learning)")
                .contains("at most 1.25 times its estimate, here 0.25 hours", "Set cpdHours to 0.2,", "otherLearningMinutes");
        });
    }

    @Test
    void otherLearningCountsAndAClaimOfExactlyAQuarterMoreIsAccepted() throws IOException {
        // 12 minutes of units and 60 of other learning: 1.2 hours, of which 1.25 times is 1.5.
        course("with-a-task", "cpdHours: 1.5\notherLearning: A task at work.\notherLearningMinutes: 60", "");
        course("a-little-more", "cpdHours: 1.51\notherLearning: A task at work.\notherLearningMinutes: 60", "");

        FolderReading reading = CourseFolderReader.read(root);

        assertThat(reading.courses()).extracting(CourseSource::slug).containsExactly("with-a-task");
        assertThat(TimeEstimate.of(reading.courses().getFirst()).minutes()).isEqualByComparingTo("72");
        assertThat(reading.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("a-little-more/course.yml"));
    }

    @Test
    void feedbackRepeatedInAnotherCourseIsRefusedWhereItComesSecondNamingTheFirst() throws IOException {
        course("a-first", "cpdHours: 0.25", check("lead", "Yes, the family chooses who they trust.", "No, that is the chair's job."));
        // The same words in other letters and punctuation are the same feedback.
        course("b-second", "cpdHours: 0.25", check("who-leads", "NO – that is the chair’s job!", "Yes; ask the family."));

        FolderReading reading = CourseFolderReader.read(root);

        assertThat(reading.courses()).extracting(CourseSource::slug).containsExactly("a-first");
        assertThat(reading.refused()).extracting(CourseSource::slug).containsExactly("b-second");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b-second/01-unit.md");
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.message()).isEqualTo("the feedback (why) of the answer 'This one' in the check 'who-leads' is the same as "
                + "the feedback on a-first/01-unit.md line 20; say in its own words why this answer is right or wrong");
        });
    }

    @Test
    void feedbackRepeatedWithinOneCheckIsRefusedToo() throws IOException {
        course("one-check", "cpdHours: 0.25", check("same", "It depends on the family.", "It depends on the family."));

        FolderReading reading = CourseFolderReader.read(root);

        assertThat(reading.courses()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("one-check/01-unit.md");
            assertThat(p.line()).isEqualTo(20);
            assertThat(p.message()).contains("the answer 'That one' in the check 'same'", "the feedback on line 18;");
        });
    }
}
