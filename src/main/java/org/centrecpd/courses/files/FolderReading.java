package org.centrecpd.courses.files;

import java.util.List;

/** The valid courses of a folder and every problem found; a course with a problem is not among the courses. */
public record FolderReading(List<CourseSource> courses, List<ImportProblem> problems) {
}
