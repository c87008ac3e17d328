package org.centrecpd.courses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.courses.service.LearnerStatus;
import org.centrecpd.support.Translations;
import org.junit.jupiter.api.Test;

/** Every text the course and journal screens show has its words in the translation bundle. */
class CourseTranslationsTest {

    private static final Pattern KEY = Pattern.compile("\"((?:courses?|unit|admin\\.courses|journal|nav)\\.[A-Za-z0-9.-]*[A-Za-z0-9])\"");

    @Test
    void everyKeyUsedExists() throws IOException {
        Properties bundle = Translations.bundle();
        List<String> keys = new ArrayList<>(Translations.keysWrittenIn(KEY, "src/main/java/org/centrecpd/courses",
            "src/main/java/org/centrecpd/journal"));
        keys.removeIf("course.yml"::equals); // a file name the code writes out, not a text
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
