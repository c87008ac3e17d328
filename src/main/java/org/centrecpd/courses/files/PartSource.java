package org.centrecpd.courses.files;

import java.util.List;

/** A piece of a unit in reading order: sanitised HTML, a reflective question or a knowledge check. */
public sealed interface PartSource {

    record Text(String html) implements PartSource {
    }

    record Reflect(String id, String prompt, boolean optional) implements PartSource {
    }

    record Check(String id, String question, List<Answer> answers) implements PartSource {
    }

    record Answer(String text, boolean correct, String why) {
    }

    /**
     * Material only facilitators (and partners and admins) see: {@code material} is one of
     * {@link #FACILITATOR_MATERIALS}, {@code html} the sanitised Markdown of the block.
     */
    record Facilitator(String material, String html) implements PartSource {
    }

    /** The kinds of facilitator block: notes, a timed session plan, a group activity, a handout to print. */
    java.util.Set<String> FACILITATOR_MATERIALS = java.util.Set.of("notes", "plan", "activity", "handout");
}
