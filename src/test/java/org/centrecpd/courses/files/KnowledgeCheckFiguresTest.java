package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Figures about the real courses/ folder that a workforce-development lead would ask for: words,
 * units, knowledge checks and reflective questions per course, and whether a learner could guess
 * the correct answer of a check from where it sits or from its length. Printed for the issue note;
 * run with {@code ./mvnw test -Dtest=KnowledgeCheckFiguresTest}.
 *
 * <p>The player shuffles options per learner, but the file order still matters (a learner without
 * a person record, and anyone reading the files, sees it) and length is a give-away in any order.
 */
class KnowledgeCheckFiguresTest {

    @Test
    void correctAnswersAreNotGivenAwayByPositionOrLength() throws IOException {
        FolderReading reading = CourseFolderReader.read(CourseFolderTest.REAL_FOLDER);
        assertThat(reading.problems()).isEmpty();

        List<PartSource.Check> checks = new ArrayList<>();
        StringBuilder out = new StringBuilder("\n| Course | Units | Words | Checks | Reflective questions | Self-assessments |\n"
            + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
        int[] totals = new int[5];
        for (CourseSource course : reading.courses()) {
            int words = 0;
            int courseChecks = 0;
            int reflects = 0;
            int ratings = 0;
            for (UnitSource unit : course.units()) {
                words += words(CourseFolderTest.REAL_FOLDER.resolve(course.folder()).resolve(unit.fileName()));
                for (PartSource part : unit.parts()) {
                    switch (part) {
                        case PartSource.Check c -> {
                            checks.add(c);
                            courseChecks++;
                        }
                        case PartSource.Reflect r -> reflects++;
                        case PartSource.Text t -> { }
                        case PartSource.Rating r -> ratings++;
                        case PartSource.Facilitator f -> { }
                    }
                }
            }
            out.append("| ").append(course.slug()).append(" | ").append(course.units().size()).append(" | ").append(words)
                .append(" | ").append(courseChecks).append(" | ").append(reflects).append(" | ").append(ratings).append(" |\n");
            totals[0] += course.units().size();
            totals[1] += words;
            totals[2] += courseChecks;
            totals[3] += reflects;
            totals[4] += ratings;
        }
        out.append("| **all** | ").append(totals[0]).append(" | ").append(totals[1]).append(" | ").append(totals[2])
            .append(" | ").append(totals[3]).append(" | ").append(totals[4]).append(" |\n");

        Map<Integer, Integer> byPosition = new TreeMap<>();
        Map<Integer, Integer> byLengthRank = new TreeMap<>();
        int longest = 0;
        for (PartSource.Check check : checks) {
            List<PartSource.Answer> answers = check.answers();
            int index = 0;
            while (!answers.get(index).correct()) {
                index++;
            }
            byPosition.merge(index + 1, 1, Integer::sum);
            int length = answers.get(index).text().length();
            // Rank 1 = longest; a tie with a wrong answer counts as longest (the cue is still there).
            int rank = 1 + (int) answers.stream().filter(a -> a.text().length() > length).count();
            byLengthRank.merge(rank, 1, Integer::sum);
            if (rank == 1) {
                longest++;
            }
        }
        int n = checks.size();
        out.append("\nKnowledge checks: ").append(n).append('\n');
        out.append("Correct answer by position in the file (1 = first):");
        byPosition.forEach((p, count) -> out.append(String.format(" %d: %d (%.0f%%)", p, count, 100.0 * count / n)));
        out.append("\nCorrect answer by length rank (1 = longest):");
        byLengthRank.forEach((r, count) -> out.append(String.format(" %d: %d (%.0f%%)", r, count, 100.0 * count / n)));
        out.append(String.format("%nCorrect answer is the longest (or tied longest) in %d of %d checks (%.0f%%)%n", longest, n,
            100.0 * longest / n));
        System.out.println(out);

        assertThat(n).as("knowledge checks in all courses").isGreaterThanOrEqualTo(40);
        assertThat(longest).as("checks whose correct answer is the longest").isLessThanOrEqualTo(n / 3);
        byPosition.forEach((position, count) ->
            assertThat(count).as("checks whose correct answer is option " + position).isLessThanOrEqualTo(n * 40 / 100));
    }

    /** Words a learner reads: the file without its front matter, Markdown fences and YAML keys left in (close enough). */
    private static int words(Path file) throws IOException {
        String text = Files.readString(file);
        int end = text.indexOf("\n---", 3);
        String body = end < 0 ? text : text.substring(end + 4);
        String trimmed = body.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
