package org.centrecpd.journal.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.journal.ReflectiveModel;

/**
 * One entry to read or edit. For a course answer, {@code model} is null, {@code prompt} is the
 * question and {@code body} the answer. {@code shares} and {@code reads} are filled only for the
 * author; a manager sees their own feedback only.
 */
public record Entry(long id, long version, String title, ReflectiveModel model, String prompt, String body,
                    Map<String, String> sections, Set<String> tags, Set<String> areas, Integer minutesSpent,
                    boolean countsAsCpd, boolean draft, UnitLink link, LocalDateTime createdAt, LocalDateTime updatedAt,
                    List<ShareRow> shares, List<ReadRow> reads, List<FeedbackRow> feedback) {

    public boolean courseAnswer() {
        return model == null;
    }

    /** Who it is shared with. */
    public record ShareRow(long managerId, String managerName, LocalDateTime sharedAt) {
    }

    /** Who opened it, and when. */
    public record ReadRow(String readerName, LocalDateTime readAt) {
    }

    public record FeedbackRow(String authorName, String body, LocalDateTime writtenAt) {
    }
}
