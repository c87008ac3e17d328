package org.centrecpd.workshops.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.EvaluationAnswer;
import org.centrecpd.workshops.domain.QuestionWall;
import org.centrecpd.workshops.domain.RequestStatus;
import org.centrecpd.support.Translations;
import org.junit.jupiter.api.Test;

/**
 * Every text the workshop screens and messages show has its words in the bundle: the keys written out
 * in the code, each state's key, and both evaluation ratings' words for every level.
 */
class WorkshopTranslationsTest {

    private static final Pattern KEY = Pattern.compile("\"(workshops\\.[A-Za-z0-9.-]*[A-Za-z0-9])\"");

    @Test
    void everyKeyUsedExists() throws IOException {
        Properties bundle = Translations.bundle();
        List<String> keys = new ArrayList<>(Translations.keysWrittenIn(KEY, "src/main/java/org/centrecpd/workshops"));
        Stream.of(Attendance.values()).map(Attendance::key).forEach(keys::add);
        Stream.of(BookingStatus.values()).map(BookingStatus::key).forEach(keys::add);
        Stream.of(RequestStatus.values()).map(RequestStatus::key).forEach(keys::add);
        Stream.of(QuestionWall.values()).map(QuestionWall::key).forEach(keys::add);
        for (int level = EvaluationAnswer.LOWEST; level <= EvaluationAnswer.HIGHEST; level++) {
            keys.add("workshops.evaluation.usefulness." + level);
            keys.add("workshops.evaluation.confidence." + level);
        }

        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(keys.stream().filter(key -> !bundle.containsKey(key)).distinct()).as("keys missing from the bundle").isEmpty();
    }
}
