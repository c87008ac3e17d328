package org.centrecpd.courses.service;

import java.util.List;
import java.util.Map;

/**
 * A unit as the player shows it: its parts in reading order and the learner's saved answers.
 *
 * @param answers my journal answers to this unit's reflective questions, by question id
 */
public record UnitPage(String courseSlug, String courseTitle, int version, int order, String title, int minutes,
                       Integer week, int unitCount, List<Part> parts, Map<String, String> answers, boolean complete,
                       Integer previousOrder, Integer nextOrder, boolean tracked) {

    public sealed interface Part {
    }

    /** Sanitised HTML, safe to show as it is. */
    public record Text(String html) implements Part {
    }

    public record Reflect(String id, String prompt, boolean optional) implements Part {
    }

    public record Check(String id, String question, List<Option> options) implements Part {
    }

    public record Option(String text, boolean correct, String why) {
    }

    /** Facilitator material (sanitised HTML): only in the pages of people who may run the workshop. */
    public record Facilitator(String material, String html) implements Part {
    }
}
