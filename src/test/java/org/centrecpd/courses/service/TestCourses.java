package org.centrecpd.courses.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.centrecpd.courses.domain.CourseRepository;
import org.centrecpd.courses.domain.CourseUnitRepository;
import org.centrecpd.courses.domain.CourseVersionRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes small courses into a folder of the test's own and imports that folder, so tests can change
 * a course's files and watch versions appear. Each course gets a fresh slug: tests share a database.
 * Not a bean, so that test classes using it share the one application context.
 */
public class TestCourses {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseUnitRepository units;
    private final TransactionTemplate tx;
    private final Clock clock;

    public TestCourses(ApplicationContext context) {
        this.courses = context.getBean(CourseRepository.class);
        this.versions = context.getBean(CourseVersionRepository.class);
        this.units = context.getBean(CourseUnitRepository.class);
        this.tx = context.getBean(TransactionTemplate.class);
        this.clock = context.getBean(Clock.class);
    }

    public static String newSlug() {
        return "test-course-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    public ImportReport importFolder(Path folder) {
        return new FolderImport(courses, versions, units, tx, clock, folder).importFolder();
    }

    /**
     * A two-unit reflective module: unit 1 has the required question {@code why-here}; unit 2 the
     * required {@code next-step}, the optional {@code extra} and the knowledge check {@code count}.
     * The check's feedback names the slug: feedback must differ from every other answer's in the folder,
     * and tests put several of these courses in one folder. It claims 2.5 CPD hours: its units take about half an hour, and its other learning (a task at
     * work) 100 minutes, so the claim is within the rule (TimeEstimate).
     */
    public static void write(Path folder, String slug, String title, String unitTwoText) {
        try {
            Path dir = Files.createDirectories(folder.resolve(slug));
            Files.writeString(dir.resolve("course.yml"), """
                slug: %s
                title: %s
                kind: reflective-module
                summary: A course written by a test.
                audience:
                  - midwife
                cpdHours: 2.5
                otherLearning: A task at work, talked over with your supervisor.
                otherLearningMinutes: 100
                corePurpose:
                  - community-hub
                versionNotes: Unit 2 was rewritten.
                units:
                  - 01-first.md
                  - 02-second.md
                """.formatted(slug, title));
            Files.writeString(dir.resolve("01-first.md"), """
                ---
                title: First unit
                order: 1
                minutes: 10
                ---

                ## Why we are here

                Some text.

                ```reflect id=why-here
                Why did you choose this course?
                ```
                """);
            Files.writeString(dir.resolve("02-second.md"), """
                ---
                title: Second unit
                order: 2
                minutes: 15
                ---

                %s

                ```reflect id=next-step
                What will you do next?
                ```

                ```reflect id=extra optional
                Anything else?
                ```

                ```check id=count
                question: How many areas has the core purpose?
                answers:
                  - text: Five
                    why: Count again the areas of %2$s.
                  - text: Eight
                    correct: true
                    why: Yes, %2$s has eight.
                ```
                """.formatted(unitTwoText, slug));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-unit reflective module whose unit asks {@code a-family} (marked about-family: it asks about a
     * family the learner supported) and {@code my-practice} (about the learner's own practice).
     */
    public static void writeFamilyQuestions(Path folder, String slug) {
        try {
            Path dir = Files.createDirectories(folder.resolve(slug));
            Files.writeString(dir.resolve("course.yml"), """
                slug: %s
                title: Families course
                kind: reflective-module
                summary: A course about the families you support.
                audience:
                  - family-support-worker
                cpdHours: 0.3
                corePurpose:
                  - engaging-parents
                units:
                  - 01-families.md
                """.formatted(slug));
            Files.writeString(dir.resolve("01-families.md"), """
                ---
                title: The families you support
                order: 1
                minutes: 20
                ---

                Some text.

                ```reflect id=a-family about-family
                Think of a family you supported this term. What changed for them?
                ```

                ```reflect id=my-practice
                What will you do differently next term?
                ```
                """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A two-unit workshop: unit 1 to read before the session, unit 2 ({@code requiresAttendance}) for afterwards, with the
     * required question {@code what-changed}.
     */
    public static void writeWorkshop(Path folder, String slug) {
        writeWorkshop(folder, slug, false);
    }

    /** The same workshop; with {@code preWork}, unit 1 is to be completed before booking a session (bookingRequiresUnits). */
    public static void writeWorkshop(Path folder, String slug, boolean preWork) {
        try {
            Path dir = Files.createDirectories(folder.resolve(slug));
            Files.writeString(dir.resolve("course.yml"), """
                slug: %s
                title: Workshop %1$s
                kind: workshop
                summary: A workshop written by a test.
                audience:
                  - family-support-worker
                cpdHours: 3
                otherLearning: The live session.
                otherLearningMinutes: 180
                corePurpose:
                  - partnership-working
                %sunits:
                  - 01-before.md
                  - 02-after.md
                """.formatted(slug, preWork ? "bookingRequiresUnits:\n  - 01-before.md\n" : ""));
            Files.writeString(dir.resolve("01-before.md"), """
                ---
                title: Before the session
                order: 1
                minutes: 5
                ---

                Read this before you come.
                """);
            Files.writeString(dir.resolve("02-after.md"), """
                ---
                title: After the session
                order: 2
                minutes: 10
                requiresAttendance: true
                ---

                What you do back at your centre.

                ```reflect id=what-changed
                What did you change after the session (%s)?
                ```
                """.formatted(slug));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
