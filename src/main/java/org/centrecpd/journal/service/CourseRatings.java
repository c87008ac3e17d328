package org.centrecpd.journal.service;

import java.util.Map;

/**
 * A learner's self-assessment in a course, as the course module hands it to the journal: a rating
 * (1 to 5) per item id, and the same ratings in words ({@code summary}), which is what the learner
 * reads in their journal and exports.
 */
public record CourseRatings(String courseSlug, int courseVersion, String courseTitle, String unitKey, String unitTitle,
                            String questionId, String prompt, Map<String, Integer> ratings, String summary) {
}
