package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures about the real courses/ folder that a workforce-development lead would ask for: words,
 * units, knowledge checks and reflective questions per course, and whether a learner could guess
 * the correct answer of a check from where it sits, from its length or from its wording. Printed for
 * the issue note; run with {@code ./mvnw test -Dtest=KnowledgeCheckFiguresTest}.
 *
 * <p>The player shuffles options per learner, but the file order still matters (a learner without
 * a person record, and anyone reading the files, sees it) and length is a give-away in any order.
 * The figures cover every course whose files read, including one the importer refuses for a rule
 * over the whole course (its hours, say): the checks are the same checks.
 */
class KnowledgeCheckFiguresTest {

    /** Words that make an option sound absolute; practitioners learn that such an option is usually the wrong one. */
    private static final Pattern SWEEPING = Pattern.compile("\\b(always|never|only|all)\\b", Pattern.CASE_INSENSITIVE);

    /** A knowledge check and where it is. */
    private record Placed(String file, PartSource.Check check) {
    }

    static FolderReading reading;
    static List<Placed> checks = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        reading = CourseFolderReader.read(CourseFolderTest.REAL_FOLDER);
        StringBuilder out = new StringBuilder("\n| Course | Units | Words | Checks | Reflective questions | Self-assessments |\n"
            + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
        int[] totals = new int[5];
        for (CourseSource course : Stream.concat(reading.courses().stream(), reading.refused().stream()).toList()) {
            int words = 0;
            int courseChecks = 0;
            int reflects = 0;
            int ratings = 0;
            for (UnitSource unit : course.units()) {
                words += words(CourseFolderTest.REAL_FOLDER.resolve(course.folder()).resolve(unit.fileName()));
                for (PartSource part : unit.parts()) {
                    switch (part) {
                        case PartSource.Check c -> {
                            checks.add(new Placed(course.folder() + "/" + unit.fileName(), c));
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
        System.out.println(out);
    }

    /** A course whose files do not read (CourseFolderTest lists the problems) would be missing from the figures. */
    @Test
    void everyCourseInTheFolderIsCounted() throws IOException {
        long folders;
        try (Stream<Path> children = Files.list(CourseFolderTest.REAL_FOLDER)) {
            folders = children.filter(Files::isDirectory).count();
        }
        assertThat(reading.courses().size() + reading.refused().size()).as("courses counted").isEqualTo((int) folders);
    }

    @Test
    void correctAnswersAreNotGivenAwayByPositionOrLength() {
        Map<Integer, Integer> byPosition = new TreeMap<>();
        Map<Integer, Integer> byLengthRank = new TreeMap<>();
        int longest = 0;
        for (Placed placed : checks) {
            List<PartSource.Answer> answers = placed.check().answers();
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
        StringBuilder out = new StringBuilder("\nKnowledge checks: ").append(n).append('\n');
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

    /**
     * "Always", "never", "only" and "all" make an option sound absolute, and test-wise learners know
     * such options are usually wrong: at most 10% of options may use them, and their share among wrong
     * answers may be at most 10 percentage points above their share among correct ones.
     */
    @Test
    void sweepingWordsAreRareAndDoNotMarkTheWrongAnswers() {
        int correct = 0;
        int wrong = 0;
        int sweepingCorrect = 0;
        int sweepingWrong = 0;
        List<String> sweeping = new ArrayList<>();
        for (Placed placed : checks) {
            for (PartSource.Answer answer : placed.check().answers()) {
                boolean sweeps = SWEEPING.matcher(answer.text()).find();
                if (answer.correct()) {
                    correct++;
                    sweepingCorrect += sweeps ? 1 : 0;
                } else {
                    wrong++;
                    sweepingWrong += sweeps ? 1 : 0;
                }
                if (sweeps) {
                    sweeping.add(placed.file() + "#" + placed.check().id() + (answer.correct() ? " (correct): " : ": ")
                        + answer.text());
                }
            }
        }
        int options = correct + wrong;
        double share = percent(sweepingCorrect + sweepingWrong, options);
        double correctShare = percent(sweepingCorrect, correct);
        double wrongShare = percent(sweepingWrong, wrong);
        System.out.printf("%nOptions with a sweeping word (always, never, only, all): %d of %d (%.1f%%; at most 10%%)%n"
                + "  correct answers: %d of %d (%.1f%%); wrong answers: %d of %d (%.1f%%); %.1f points more in wrong answers"
                + " (at most 10)%n  %s%n", sweepingCorrect + sweepingWrong, options, share, sweepingCorrect, correct, correctShare,
            sweepingWrong, wrong, wrongShare, wrongShare - correctShare, String.join("\n  ", sweeping));

        assertThat(options).as("options of knowledge checks").isPositive();
        assertThat(share).as("percentage of options with a sweeping word").isLessThanOrEqualTo(10.0);
        assertThat(wrongShare - correctShare).as("percentage points by which wrong answers use sweeping words more than correct ones")
            .isLessThanOrEqualTo(10.0);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
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
