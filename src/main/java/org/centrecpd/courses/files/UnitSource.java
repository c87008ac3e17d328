package org.centrecpd.courses.files;

import java.util.List;

/**
 * One unit file: its front matter, the fingerprint of the file and its content as parts in reading
 * order (sanitised HTML between the questions). {@code studyWords}: the words a learner studies, for
 * the {@link TimeEstimate} (the Markdown outside fenced blocks, without the final {@code ## Sources} section).
 */
public record UnitSource(String fileName, int order, String title, int minutes, Integer week, String fingerprint,
                         List<PartSource> parts, int studyWords) {

    public int questionCount() {
        return (int) parts.stream().filter(p -> !(p instanceof PartSource.Text)).count();
    }
}
