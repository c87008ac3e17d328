package org.centrecpd.courses.files;

import java.util.List;
import org.centrecpd.courses.RatingScale;

/** A piece of a unit in reading order: sanitised HTML, a reflective question, a knowledge check or a self-assessment. */
public sealed interface PartSource {

    record Text(String html) implements PartSource {
    }

    /** {@code aboutFamily}: the question asks about a family or a child, so the player reminds the learner to anonymise. */
    record Reflect(String id, String prompt, boolean optional, boolean aboutFamily) implements PartSource {
    }

    record Check(String id, String question, List<Answer> answers) implements PartSource {
    }

    /** {@code whyLine}: where the feedback was written, for reporting feedback repeated elsewhere in the folder. */
    record Answer(String text, boolean correct, String why, int whyLine) {
    }

    /**
     * A self-assessment: the learner rates each item of {@code scale} from 1 to 5. {@code compareWith}
     * names an earlier self-assessment of the same course ({@code unit-file.md#id}) whose ratings are
     * shown beside the new ones, or is null; {@code compareLine} is where it was written, for problems.
     */
    record Rating(String id, String prompt, RatingScale scale, String compareWith, int compareLine) implements PartSource {

        public String compareUnit() {
            return compareWith == null ? null : compareWith.substring(0, compareWith.indexOf('#'));
        }

        public String compareId() {
            return compareWith == null ? null : compareWith.substring(compareWith.indexOf('#') + 1);
        }
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
