package org.centrecpd.courses.files;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A course folder of one course with one unit, read by {@link CourseFolderReader}: for tests of one field. The course
 * field, if any, goes just above {@code units:} (line 12 of course.yml), the unit's just above the end of its front
 * matter (line 5 of the unit file); each ends with a new line.
 */
final class OneUnitCourse {

    private OneUnitCourse() {
    }

    static FolderReading read(Path root, String kind, String courseField, String unitField) throws Exception {
        Path dir = Files.createDirectories(root.resolve("c"));
        Files.writeString(dir.resolve("course.yml"), """
            slug: one-unit
            title: A course
            kind: %s
            summary: Test.
            audience:
              - centre-manager
            cpdHours: 1
            otherLearning: The live session.
            otherLearningMinutes: 60
            corePurpose:
              - partnership-working
            %sunits:
              - 01-unit.md
            """.formatted(kind, courseField));
        Files.writeString(dir.resolve("01-unit.md"), """
            ---
            title: The unit
            order: 1
            minutes: 5
            %s---

            The unit's text.
            """.formatted(unitField));
        return CourseFolderReader.read(root);
    }
}
