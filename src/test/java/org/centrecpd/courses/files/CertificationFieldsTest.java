package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.centrecpd.courses.CourseCertification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course file's certification defaults (issue 32 §1): read and checked with the line of each mistake, and left out
 * of the fingerprint, so that declaring them never makes a new version of what learners study.
 */
class CertificationFieldsTest {

    @Test
    void theSafeguardingRefresherIsCertifiedForTwoYearsWithARenewalWindowOfSixtyDays() {
        FolderReading reading = CourseFolderReader.read(Path.of("courses"));

        assertThat(reading.courses()).filteredOn(c -> c.slug().equals("safeguarding-refresher")).singleElement()
            .extracting(CourseSource::certification).isEqualTo(new CourseCertification(24, 60));
        assertThat(reading.courses()).filteredOn(c -> c.slug().equals("future-leaders")).singleElement()
            .extracting(CourseSource::certification).isEqualTo(CourseCertification.NONE);
    }

    @Test
    void aValidityAloneLeavesTheWindowToTheAssigner(@TempDir Path root) throws Exception {
        FolderReading reading = read(root, "validityMonths: 36\n");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.courses().getFirst().certification()).isEqualTo(new CourseCertification(36, null));
    }

    @Test
    void declaringTheDefaultsKeepsTheFingerprintOfTheContent(@TempDir Path with, @TempDir Path without) throws Exception {
        String declared = read(with, "validityMonths: 24\nrenewalWindowDays: 60\n").courses().getFirst().fingerprint();
        String plain = read(without, "").courses().getFirst().fingerprint();

        assertThat(declared).isEqualTo(plain);
    }

    @Test
    void aWindowWithoutAValidityIsRefusedOnItsLine(@TempDir Path root) throws Exception {
        FolderReading reading = read(root, "renewalWindowDays: 30\n");

        assertThat(reading.courses()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("c/course.yml");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("'renewalWindowDays' (when the renewal window opens) needs 'validityMonths'");
        });
    }

    @Test
    void aWindowAsLongAsTheValidityIsRefused(@TempDir Path root) throws Exception {
        FolderReading reading = read(root, "validityMonths: 1\nrenewalWindowDays: 28\n");

        assertThat(reading.courses()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("a completion counts for only 1 month").contains("shorter than 28 days");
        });
    }

    @Test
    void aValidityOfNoMonthsOrAListIsRefused(@TempDir Path root) throws Exception {
        FolderReading reading = read(root, "validityMonths: 0\n");

        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).isEqualTo("'validityMonths' must be a whole number of months from 1 to 120, not '0'");
        });
    }

    private static FolderReading read(Path root, String certification) throws Exception {
        Path dir = Files.createDirectories(root.resolve("c"));
        Files.writeString(dir.resolve("course.yml"), """
            slug: certified
            title: A certified course
            kind: reflective-module
            summary: Test.
            audience:
              - centre-manager
            %scpdHours: 0.5
            otherLearning: A short discussion with the team.
            otherLearningMinutes: 30
            corePurpose:
              - partnership-working
            units:
              - 01-unit.md
            """.formatted(certification));
        Files.writeString(dir.resolve("01-unit.md"), """
            ---
            title: The unit
            order: 1
            minutes: 5
            ---

            A few words to read.

            ## Sources

            None.
            """);
        return CourseFolderReader.read(root);
    }
}
