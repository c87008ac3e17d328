package org.centrecpd.courses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.courses.service.LearnerStatus;
import org.junit.jupiter.api.Test;

/** Every text the course and journal screens show has its words in the translation bundle. */
class CourseTranslationsTest {

    private static final Pattern KEY = Pattern.compile("\"((?:courses?|unit|admin\\.courses|journal|nav)\\.[A-Za-z0-9.-]*[A-Za-z0-9])\"");

    @Test
    void everyKeyUsedExists() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        List<String> keys = new ArrayList<>();
        for (String dir : List.of("src/main/java/org/centrecpd/courses", "src/main/java/org/centrecpd/journal")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!m.group(1).equals("course.yml")) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        for (CourseKind kind : CourseKind.values()) {
            keys.add(kind.key());
        }
        for (CorePurposeArea area : CorePurposeArea.values()) {
            keys.add(area.key());
        }
        for (LearnerStatus status : LearnerStatus.values()) {
            keys.add(status.key());
        }

        assertThat(keys).hasSizeGreaterThan(50);
        assertThat(keys.stream().filter(key -> !bundle.containsKey(key)).distinct()).as("keys missing from the bundle").isEmpty();
    }
}
