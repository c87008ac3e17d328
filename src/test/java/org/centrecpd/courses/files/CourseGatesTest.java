package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gates the real courses/ folder must pass as a whole (issue 29): enough courses, units and words
 * for a real catalogue; a list of sources at the end of every unit; no sentence lifted from the sector
 * documents the authors worked from; and CPD hours that are true. Prints one line per course (units,
 * words, hours claimed against the estimate, checks) for the issue note; run with
 * {@code ./mvnw test -Dtest=CourseGatesTest}.
 *
 * <p>The figures cover every course whose files read, including one the importer refuses for its
 * hours: this is where an author sees by how much.
 */
class CourseGatesTest {

    /** The public sector documents in src/test/resources/seeds (see the authors' brief). */
    static final Path SEEDS = Path.of("src/test/resources/seeds");
    /** A run of this many words found in a seed, outside quote marks, is copied text. */
    static final int RUN = 10;
    /** A quoted passage: in curly quotes (the house style) or straight ones on one line. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"\\n]*\"");
    private static final Pattern SOURCES = Pattern.compile("(?m)^## Sources");
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    /** A unit file's figures: all its words (as {@code wc -w} counts them), whether it lists sources, the copied runs. */
    private record UnitFigures(String file, int words, boolean sources, List<String> copied) {
    }

    private record CourseFigures(CourseSource course, List<UnitFigures> units, TimeEstimate estimate, int checks) {

        int words() {
            return units.stream().mapToInt(UnitFigures::words).sum();
        }

        boolean hoursTrue() {
            return estimate.allows(course.cpdHours());
        }
    }

    static int seedCount;
    static Set<String> seedRuns = new HashSet<>();
    static List<CourseFigures> courses = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path seed : files.filter(Files::isRegularFile).sorted().toList()) {
                seedCount++;
                seedRuns.addAll(runs(Words.normalised(Files.readString(seed))));
            }
        }
        FolderReading reading = CourseFolderReader.read(CourseFolderTest.REAL_FOLDER);
        for (CourseSource course : Stream.concat(reading.courses().stream(), reading.refused().stream())
                .sorted(Comparator.comparing(CourseSource::folder)).toList()) {
            List<UnitFigures> units = new ArrayList<>();
            int checks = 0;
            for (UnitSource unit : course.units()) {
                String file = course.folder() + "/" + unit.fileName();
                String text = Files.readString(CourseFolderTest.REAL_FOLDER.resolve(file));
                String body = withoutFrontMatter(text);
                String stripped = text.strip();
                units.add(new UnitFigures(file, stripped.isEmpty() ? 0 : WHITESPACE.split(stripped).length,
                    SOURCES.matcher(body).find(), copiedRuns(body)));
                checks += (int) unit.parts().stream().filter(p -> p instanceof PartSource.Check).count();
            }
            courses.add(new CourseFigures(course, units, TimeEstimate.of(course), checks));
        }
        print();
    }

    private static void print() {
        StringBuilder out = new StringBuilder("\n| Course | Units | Words | Hours claimed | Hours estimated | Claimed ÷ estimated | Checks |\n"
            + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (CourseFigures c : courses) {
            double ratio = c.course().cpdHours().doubleValue() * 60 / c.estimate().minutes().doubleValue();
            out.append(String.format("| %s | %d | %d | %s | %s | %.2f%s | %d |%n", c.course().slug(), c.units().size(), c.words(),
                c.course().cpdHours().stripTrailingZeros().toPlainString(), c.estimate().hours().toPlainString(), ratio,
                c.hoursTrue() ? "" : " (over 1.25)", c.checks()));
        }
        out.append(String.format("| **%d courses** | %d | %d | | | | %d |%n", courses.size(), units(), words(),
            courses.stream().mapToInt(CourseFigures::checks).sum()));
        out.append("Gates: at least 10 courses, 70 units and 65,000 words in unit files; every unit with a '## Sources' section; ")
            .append("no run of ").append(RUN).append(" words copied from the ").append(seedCount).append(" seeds without quote marks; ")
            .append("every course claiming at most 1.25 times its estimate.\n");
        withoutSources().forEach(f -> out.append("No '## Sources' section: ").append(f).append('\n'));
        copiedUnits().forEach(u -> out.append(u.file()).append(": ").append(u.copied().size())
            .append(" runs copied from a seed, e.g. '").append(u.copied().getFirst()).append("'\n"));
        System.out.println(out);
    }

    private static String withoutFrontMatter(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            return text;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return String.join("\n", lines.subList(i + 1, lines.size()));
            }
        }
        return text;
    }

    /** The runs of {@link #RUN} words of {@code markdown} that are in a seed, leaving out quoted passages. */
    private static List<String> copiedRuns(String markdown) {
        return runs(Words.normalised(QUOTED.matcher(markdown).replaceAll(" "))).stream().filter(seedRuns::contains).toList();
    }

    /** Every run of {@link #RUN} consecutive words, as one string. */
    private static List<String> runs(List<String> words) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    private static int units() {
        return courses.stream().mapToInt(c -> c.units().size()).sum();
    }

    private static int words() {
        return courses.stream().mapToInt(CourseFigures::words).sum();
    }

    private static List<String> withoutSources() {
        return courses.stream().flatMap(c -> c.units().stream()).filter(u -> !u.sources()).map(UnitFigures::file).toList();
    }

    private static List<UnitFigures> copiedUnits() {
        return courses.stream().flatMap(c -> c.units().stream()).filter(u -> !u.copied().isEmpty()).toList();
    }

    @Test
    void atLeastTenCourses() {
        assertThat(courses.size()).as("courses").isGreaterThanOrEqualTo(10);
    }

    @Test
    void atLeastSeventyUnits() {
        assertThat(units()).as("units").isGreaterThanOrEqualTo(70);
    }

    @Test
    void atLeast65000WordsInUnitFiles() {
        assertThat(words()).as("words in unit files (whitespace-separated, as wc -w counts them)").isGreaterThanOrEqualTo(65_000);
    }

    @Test
    void everyUnitEndsWithItsSources() {
        assertThat(withoutSources()).as("units without a '## Sources' section").isEmpty();
    }

    @Test
    void noRunOfTenWordsIsCopiedFromTheSeedsWithoutQuoteMarks() {
        assertThat(seedCount).as("seed documents in " + SEEDS).isEqualTo(5);
        assertThat(seedRuns).as("runs of words in the seeds").hasSizeGreaterThan(1000);
        assertThat(copiedUnits()).as("units with runs of " + RUN + " words copied from a seed without quote marks")
            .extracting(u -> u.file() + ": '" + u.copied().getFirst() + "'" + (u.copied().size() > 1
                ? " and " + (u.copied().size() - 1) + " more" : ""))
            .isEmpty();
    }

    /** The gate finds copied text, in other capitals and punctuation, and leaves a quotation alone. */
    @Test
    void aSentenceFromASeedIsFoundUnlessItIsQuoted() throws IOException {
        String seed;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seed = Files.readString(files.filter(Files::isRegularFile).sorted().toList().getLast());
        }
        List<String> words = Words.normalised(seed);
        String sentence = String.join(" ", words.subList(40, 52)).toUpperCase(java.util.Locale.ROOT) + ".";

        assertThat(copiedRuns("As the council put it, " + sentence + " That matters.")).hasSize(3);
        assertThat(copiedRuns("As the council put it, “" + sentence + "” That matters.")).isEmpty();
        assertThat(copiedRuns("As the council put it, \"" + sentence + "\" That matters.")).isEmpty();
    }

    @Test
    void everyCourseClaimsAtMostAQuarterMoreThanItsEstimate() {
        assertThat(courses).as("courses claiming more than 1.25 times their estimated hours")
            .filteredOn(c -> !c.hoursTrue())
            .extracting(c -> c.course().folder() + ": " + c.course().cpdHours().stripTrailingZeros().toPlainString()
                + " h claimed, about " + c.estimate().hours() + " h estimated")
            .isEmpty();
    }
}
