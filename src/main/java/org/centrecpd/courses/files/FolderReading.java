package org.centrecpd.courses.files;

import java.util.List;

/**
 * The valid courses of a folder and every problem found; a course with a problem is not among the courses.
 * {@code refused}: courses whose files read without a problem but which break a rule over a whole course or
 * the whole folder (CPD hours above the estimate, feedback repeated from another answer, a slug already
 * used); they are not imported, and are here for the figures authors need to put them right.
 */
public record FolderReading(List<CourseSource> courses, List<ImportProblem> problems, List<CourseSource> refused) {
}
