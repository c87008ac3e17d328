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
}
