package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broken course files (src/test/resources/courses-broken): each mistake is reported with the file,
 * the line and what is wrong; broken courses are left out and the good one still loads.
 */
class BrokenCoursesTest {

    static FolderReading reading;

    @BeforeAll
    static void read() {
        reading = CourseFolderReader.read(Path.of("src/test/resources/courses-broken"));
    }

    @Test
    void onlyTheGoodCourseLoads() {
        assertThat(reading.courses()).extracting(CourseSource::slug).containsExactly("good-course");
        assertThat(reading.courses().getFirst().folder()).isEqualTo("good-course");
    }

    @Test
    void badMetadataFieldsAreEachReportedOnTheirLine() {
                assertProblems("bad-metadata/course.yml",
            1, "missing field 'title'",
            2, "unknown kind 'seminar'",
            5, "unknown job role 'chef'",
            6, "'cpdHours' must be a number above 0",
            8, "unknown core-purpose area 'world-peace'",
            9, "unknown field 'colour'",
            12, "unit file '02-missing.md' does not exist");
    }

    @Test
    void badCertificationDefaultsAreEachReportedOnTheirLine() {
        assertProblems("bad-certification/course.yml",
            12, "'validityMonths' must be a whole number of months from 1 to 120, not 'two years'",
            13, "'renewalWindowDays' must be a whole number of days from 0 to 366, not '400'");
    }

    @Test
    void unitsRequiredBeforeBookingMustBeTheWorkshopsOwnAndOpenBeforeTheSession() {
        assertProblems("bad-pre-work/course.yml",
            13, "'99-missing.md' in bookingRequiresUnits is not a unit of this course",
            14, "'02-after.md' opens only after attending a session (requiresAttendance), so it cannot be required before booking",
            16, "'01-before.md' is listed twice in bookingRequiresUnits");
    }

    @Test
    void aSlugUsedTwiceIsReportedOnTheLaterFolder() {
                assertProblems("other-course/course.yml",
            1, "the slug 'good-course' is already used by good-course/course.yml");
    }

    @Test
    void aHugeUnitFileIsRefusedWithoutStoppingTheOtherCourses(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        Path good = root.resolve("good");
        Path huge = root.resolve("huge");
        java.nio.file.Files.createDirectories(good);
        java.nio.file.Files.createDirectories(huge);
        Path source = Path.of("src/test/resources/courses-broken/good-course");
        java.nio.file.Files.copy(source.resolve("course.yml"), good.resolve("course.yml"));
        java.nio.file.Files.copy(source.resolve("01-only.md"), good.resolve("01-only.md"));
        java.nio.file.Files.writeString(huge.resolve("course.yml"),
            java.nio.file.Files.readString(source.resolve("course.yml")).replace("slug: good-course", "slug: huge-course"));
        java.nio.file.Files.writeString(huge.resolve("01-only.md"),
            java.nio.file.Files.readString(source.resolve("01-only.md")) + "x".repeat(600 * 1024));

        FolderReading result = CourseFolderReader.read(root);

        assertThat(result.courses()).extracting(CourseSource::slug).containsExactly("good-course");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("huge/01-only.md");
            assertThat(p.message()).startsWith("is 60").contains("a course file may be at most 512 KB");
        });
    }

    @Test
    void aFolderWithoutCourseYmlIsReported() {
        assertProblems("no-metadata/", 0, "this folder has no course.yml");
    }

    @Test
    void frontMatterProblems() {
        assertProblems("bad-units/01-no-front-matter.md", 1, "a unit must start with front matter");
        assertProblems("bad-units/02-unclosed-front-matter.md", 1, "the front matter opened on line 1 is never closed");
                assertProblems("bad-units/03-bad-front-matter.md",
            3, "'order' must be a whole number of 1 or more, not 'three'");
                assertProblems("bad-units/09-invalid-yaml.md",
            3, "the front matter is not valid YAML: while scanning a quoted scalar");
    }

    @Test
    void blockProblems() {
        assertProblems("bad-units/04-unclosed-block.md", 10, "the 'reflect' block opened here is never closed");
                assertProblems("bad-units/05-bad-checks.md",
            8, "the knowledge check 'two-correct' must have exactly one answer with 'correct: true'; it has 2",
            25, "answer 2 ('Wrong') has no 'why'");
        assertProblems("bad-units/06-duplicate-question.md", 12, "the question id 'same' is already used on line 8");
        assertProblems("bad-units/08-duplicate-order.md", 3, "order 7 is already used by 07-fine.md");
    }

    @Test
    void selfAssessmentProblemsAreEachReportedOnTheirLine() {
        assertProblems("bad-units/10-bad-self-assessment.md",
            8, "missing field 'scale'",
            14, "unknown scale 'happiness' in the self-assessment 'odd-scale' (expected one of: leadership-qualities)",
            15, "unknown field 'colour'",
            21, "'compare' must name an earlier self-assessment as unit-file.md#id");
        assertProblems("bad-units/11-compare.md",
            11, "the self-assessment 'first' compares with '99-missing.md#x', but '99-missing.md' is not a unit of this course",
            17, "the self-assessment 'second' compares with '07-fine.md#nothing', but 07-fine.md has no self-assessment with the id 'nothing'",
            23, "the self-assessment 'third' can only compare with a self-assessment in an earlier unit");
        assertProblems("bad-units/12-later.md");
    }

    @Test
    void everyProblemIsAccountedFor() {
        assertThat(reading.problems()).hasSize(7 + 1 + 1 + 9 + 4 + 3 + 2 + 3);
    }

    /**
     * The file has exactly these problems, given as line and the start of the message, in any order.
     */
    private static void assertProblems(String file, Object... lineAndMessage) {
        List<ImportProblem> found = reading.problems().stream().filter(p -> p.file().equals(file)).toList();
        assertThat(found).as("problems in " + file).hasSize(lineAndMessage.length / 2);
        for (int i = 0; i < lineAndMessage.length; i += 2) {
            int line = (Integer) lineAndMessage[i];
            String message = (String) lineAndMessage[i + 1];
            assertThat(found).as("problems in " + file)
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).startsWith(message);
                });
        }
    }

    @Test
    void aUnitWithAScriptIsImportedWithoutIt() {
        CourseSource good = reading.courses().getFirst();
        String html = ((PartSource.Text) good.units().getFirst().parts().getFirst()).html();

        assertThat(html).doesNotContain("<script", "alert", "onerror", "javascript:", "<iframe")
            .contains("<img src=\"course-files/good-course/images/photo.png\" alt=\"A photo\">",
                "href=\"course-files/good-course/resources/plan.docx\"");
    }
}
