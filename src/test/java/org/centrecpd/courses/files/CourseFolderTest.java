package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real courses/ folder of the repository: every course in it must read without a single
 * problem (this is the check course authors run, see courses/README.md).
 */
class CourseFolderTest {

    static final Path REAL_FOLDER = Path.of("courses");

    @Test
    void everyCourseInTheRepositoryIsValid() throws IOException {
        FolderReading reading = CourseFolderReader.read(REAL_FOLDER);

        assertThat(reading.problems()).as("problems in courses/").isEmpty();
        long folders;
        try (Stream<Path> children = Files.list(REAL_FOLDER)) {
            folders = children.filter(Files::isDirectory).count();
        }
        assertThat(reading.courses()).hasSize((int) folders).isNotEmpty();
        for (CourseSource course : reading.courses()) {
            assertThat(course.units()).as(course.slug() + " units").isNotEmpty();
            assertThat(course.corePurpose()).as(course.slug() + " core purpose").isNotEmpty();
            assertThat(course.questionCount()).as(course.slug() + " questions").isPositive();
        }
    }

    @Test
    void futureLeadersIsATenWeekProgrammeWithQuestionsInEveryUnit() {
        CourseSource course = CourseFolderReader.read(REAL_FOLDER).courses().stream()
            .filter(c -> c.slug().equals("future-leaders")).findFirst().orElseThrow();

        assertThat(course.units()).hasSize(10);
        assertThat(course.units()).extracting(UnitSource::week).doesNotContainNull();
        assertThat(course.units()).allSatisfy(u -> assertThat(u.parts()).hasAtLeastOneElementOfType(PartSource.Reflect.class));
        assertThat(course.fingerprint()).hasSize(64);
    }
}
