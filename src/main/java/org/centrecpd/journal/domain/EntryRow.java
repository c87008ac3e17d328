package org.centrecpd.journal.domain;

import java.time.LocalDateTime;
import org.centrecpd.journal.ReflectiveModel;

/**
 * A line of "My journal". {@code title} is the author's title, or a course answer's question;
 * {@code model} is null for a course answer; {@code shares} is how many managers it is shared with.
 */
public record EntryRow(long id, String title, ReflectiveModel model, String courseTitle, String unitTitle,
                       boolean draft, Integer minutesSpent, boolean countsAsCpd, LocalDateTime createdAt, long shares) {
}
