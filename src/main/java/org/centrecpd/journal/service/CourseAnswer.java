package org.centrecpd.journal.service;

/** An answer to a course's reflective question, as the course module hands it to the journal. */
public record CourseAnswer(String courseSlug, int courseVersion, String unitKey, String unitTitle, String questionId,
                           String prompt, String answer, String courseTitle) {
}
