package org.centrecpd.courses.service;

import java.util.List;
import java.util.Map;
import org.centrecpd.courses.RatingScale;

/**
 * A unit as the player shows it: its parts in reading order and the learner's saved answers.
 *
 * @param answers my journal answers to this unit's reflective questions, by question id
 * @param locked  the unit waits for me to attend a session of the workshop: no parts, nothing to answer yet
 */
public record UnitPage(String courseSlug, String courseTitle, int version, int order, String title, int minutes,
                       Integer week, int unitCount, List<Part> parts, Map<String, String> answers, boolean complete,
                       Integer previousOrder, Integer nextOrder, boolean tracked, boolean locked) {

    public sealed interface Part {
    }

    /** Sanitised HTML, safe to show as it is. */
    public record Text(String html) implements Part {
    }

    /** {@code aboutFamily}: the question asks about a family or a child; the player reminds me to leave out what would identify them. */
    public record Reflect(String id, String prompt, boolean optional, boolean aboutFamily) implements Part {
    }

    public record Check(String id, String question, List<Option> options) implements Part {
    }

    public record Option(String text, boolean correct, String why) {
    }

    /**
     * A self-assessment: the items to rate, my ratings so far (item id → 1..5) and, when the unit
     * compares with an earlier self-assessment, my ratings there and that unit's title (else empty and null).
     */
    public record Rating(String id, String prompt, List<RatingScale.Item> items, Map<String, Integer> mine,
                         Map<String, Integer> earlier, String earlierUnitTitle) implements Part {

        public boolean comparing() {
            return earlierUnitTitle != null;
        }
    }

    /** Facilitator material (sanitised HTML): only in the pages of people who may run the workshop. */
    public record Facilitator(String material, String html) implements Part {
    }
}
