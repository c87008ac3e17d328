package org.centrecpd.courses.files;

import java.util.List;

/**
 * One unit file: its front matter, the fingerprint of the file and its content as parts in reading
 * order (sanitised HTML between the questions). {@code studyWords}: the words a learner studies, for
 * the {@link TimeEstimate} (the Markdown outside fenced blocks, without the final {@code ## Sources} section).
 * {@code requiresAttendance}: a workshop's unit that opens once the learner attended a session of it.
 */
public record UnitSource(String fileName, int order, String title, int minutes, Integer week, String fingerprint,
                         List<PartSource> parts, int studyWords, boolean requiresAttendance) {

    public UnitSource(String fileName, int order, String title, int minutes, Integer week, String fingerprint,
                      List<PartSource> parts, int studyWords) {
        this(fileName, order, title, minutes, week, fingerprint, parts, studyWords, false);
    }

    public int questionCount() {
        return (int) parts.stream().filter(p -> !(p instanceof PartSource.Text)).count();
    }
}
