package org.centrecpd.workshops.service;

import java.util.List;
import java.util.Map;
import org.centrecpd.workshops.domain.QuestionWall;

/**
 * A session's evaluation in counts, for the people who run it. Nothing in it says who gave which answer.
 *
 * @param attended         how many were marked as attended
 * @param answered         how many of them answered
 * @param usefulness       answers per level, 1 to 5, every level present
 * @param confidence       answers per level, 1 to 5, every level present
 * @param questionWall     answers per outcome, every outcome present
 * @param suggestionsShown whether enough people answered for the suggestions to be shown
 * @param suggestions      the suggestions, when shown; otherwise empty
 */
public record EvaluationResults(long attended, long answered, Map<Integer, Long> usefulness, Map<Integer, Long> confidence,
                                Map<QuestionWall, Long> questionWall, boolean suggestionsShown, List<String> suggestions) {

    /** How many rated the usefulness 4 or 5. */
    public long usefulOrVeryUseful() {
        return usefulness.get(4) + usefulness.get(5);
    }

    /** How many rated their confidence 4 or 5. */
    public long confidentOrVeryConfident() {
        return confidence.get(4) + confidence.get(5);
    }
}
