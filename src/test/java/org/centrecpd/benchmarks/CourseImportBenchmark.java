package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.centrecpd.courses.files.CourseFolderReader;
import org.centrecpd.courses.files.FolderReading;
import org.centrecpd.courses.service.CourseAdminService;
import org.centrecpd.courses.service.ImportReport;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * How long importing the real courses/ folder takes, as figures and as ratios to a baseline
 * measured in the same run: reading every byte of the folder. Prints; asserts only correctness,
 * never a time (timings belong to figures, not to pass/fail).
 * <p>
 * Run: {@code ./mvnw test -Dtest=CourseImportBenchmark} (not part of the normal test run).
 */
@SpringBootTest
class CourseImportBenchmark {

    private static final Path COURSES = Path.of("courses");
    private static final int ROUNDS = 15;

    @Autowired
    CourseAdminService admin;

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void importTheRealFolder() {
        ImportReport startUp = admin.lastReport().orElseThrow();
        long bytes = median(CourseImportBenchmark::readEveryByte);
        long parse = median(() -> {
            long t = System.nanoTime();
            FolderReading reading = CourseFolderReader.read(COURSES);
            assertThat(reading.problems()).isEmpty();
            return System.nanoTime() - t;
        });
        long reimport = median(() -> {
            long t = System.nanoTime();
            ImportReport report = admin.reimport();
            assertThat(report.newVersions()).isZero();
            return System.nanoTime() - t;
        });
        System.out.printf("""
            Course import benchmark (%d courses, %d units, %d questions; medians of %d rounds after warm-up)
              baseline: read every byte of courses/   %8.2f ms   1.0x
              read, validate and render (no database) %8.2f ms   %.1fx
              re-import unchanged (fingerprints, db)  %8.2f ms   %.1fx
              first import at start-up (cold JVM)     %8d ms
            """, startUp.courses(), startUp.units(), startUp.questions(), ROUNDS,
            bytes / 1e6, parse / 1e6, (double) parse / bytes, reimport / 1e6, (double) reimport / bytes, startUp.millis());
        assertThat(startUp.problems()).isEmpty();
    }

    private static long median(LongSupplier run) {
        for (int i = 0; i < 5; i++) {
            run.getAsLong();
        }
        long[] times = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            times[i] = run.getAsLong();
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }

    private static long readEveryByte() {
        long t = System.nanoTime();
        try (Stream<Path> files = Files.walk(COURSES)) {
            long total = files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.readAllBytes(f).length;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
            assertThat(total).isPositive();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return System.nanoTime() - t;
    }
}
