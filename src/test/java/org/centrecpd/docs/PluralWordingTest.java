package org.centrecpd.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Words that count are written as people write them: "1 area", "3 areas", through the bundle's plural forms
 * ({@code {0, plural, one {# area} other {# areas}}}), or a plain plural where there is no number. Never
 * "area(s)", which reads as a form rather than a sentence (issue 33).
 */
class PluralWordingTest {

    private static final Pattern HEDGED_PLURAL = Pattern.compile("\\p{L}\\(s\\)");

    @Test
    void noTextHedgesItsPluralInBrackets() throws IOException {
        List<String> hedged = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/vaadin-i18n"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (HEDGED_PLURAL.matcher(lines.get(i)).find()) {
                        hedged.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i));
                    }
                }
            }
        }
        assertThat(hedged).as("texts with a plural in brackets").isEmpty();
    }

    /** A count in a sentence goes through ICU's plural forms, never the older {@code choice} and never bare. */
    private static final Pattern CHOICE = Pattern.compile("\\{\\s*\\d+\\s*,\\s*choice\\s*,");
    private static final Pattern BARE_COUNT = Pattern.compile(
        "(?<limit>at most |at least |more than |longer than |1 to |0 to )?\\{\\d+(,number[^}]*)?\\} (people|persons|entries|courses|units|areas|"
            + "assignments|staff|minutes|months|rows|changes|problems|sessions|places|centres|providers|questions|words|tags|levels|lines|times)\\b");

    @Test
    void everyCountChoosesItsWordsThroughIcuPluralForms() throws IOException {
        List<String> bare = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (CHOICE.matcher(line).find()) {
                bare.add("choice format (use {0, plural, one {…} other {…}}): " + line);
            }
            var count = BARE_COUNT.matcher(line);
            while (count.find()) {
                // "at most {0} characters" is a limit the app sets, always more than one.
                if (count.group("limit") == null) {
                    bare.add("count without plural forms: " + line);
                }
            }
        }
        assertThat(bare).as("texts that would say \"1 people\" or \"1 areas\"").isEmpty();
    }

    @Test
    void pluralFormsReadAsPeopleWriteThem() {
        var texts = new org.centrecpd.base.Texts();
        assertThat(texts.text("training.assign.done", 1, "Future leaders")).startsWith("Assigned to 1 person: Future leaders");
        assertThat(texts.text("training.assign.done", 3, "Future leaders")).startsWith("Assigned to 3 people: Future leaders");
        assertThat(texts.text("training.coverage.gaps", 1, "Health")).isEqualTo("1 area with nobody trained: Health");
        assertThat(texts.text("training.coverage.gaps", 8, "all")).isEqualTo("8 areas with nobody trained: all");
        assertThat(texts.text("training.matrix.summary", 1, 1, 0, 0, 0, 0)).startsWith("1 person, 1 course:");
        assertThat(texts.text("home.centreCount", 0)).isEqualTo("No centres");
        assertThat(texts.text("home.centreCount", 1234)).isEqualTo("1,234 centres");
    }

    @Test
    void everyTextIsAValidIcuPatternThatFormatsWithNumbers() throws IOException {
        java.util.Properties bundle = org.centrecpd.support.Translations.bundle();
        List<String> broken = new ArrayList<>();
        Object[] numbers = java.util.stream.IntStream.range(0, 10).boxed().toArray();
        for (String key : bundle.stringPropertyNames()) {
            try {
                new com.ibm.icu.text.MessageFormat(bundle.getProperty(key), java.util.Locale.UK).format(numbers);
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        }
        assertThat(broken).isEmpty();
    }
}
