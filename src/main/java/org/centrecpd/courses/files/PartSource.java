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
}
