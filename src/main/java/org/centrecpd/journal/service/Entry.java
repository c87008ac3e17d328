package org.centrecpd.journal.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.domain.JournalEntry;

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

    /** An entry as the reader is shown it: the caller has decided who may read it, and which rows they see. */
    static Entry of(JournalEntry e, List<ShareRow> shares, List<ReadRow> reads, List<FeedbackRow> feedback) {
        UnitLink link = e.getCourseSlug() == null ? null : new UnitLink(e.getCourseSlug(),
            e.getCourseTitle() == null ? e.getCourseSlug() : e.getCourseTitle(), e.getUnitKey(),
            e.getUnitTitle() == null ? e.getUnitKey() : e.getUnitTitle());
        return new Entry(e.getId(), e.getVersion(), e.getTitle(), e.getModel(), e.getPrompt(), e.getAnswer(),
            Map.copyOf(e.getSections()), Set.copyOf(e.getTags()), Set.copyOf(e.getAreas()), e.getMinutesSpent(),
            e.isCountsAsCpd(), e.isDraft(), link, e.getCreatedAt(), e.getUpdatedAt(), shares, reads, feedback);
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
