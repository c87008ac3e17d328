package org.centrecpd.briefings.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.briefings.BriefingStatus;

/**
 * A briefing as its reader sees it: the notice (its body already rendered to safe HTML), earlier wordings,
 * and for a recipient whether they have done what it asks; what the reader may do.
 */
public record BriefingPage(long id, String authority, String reference, int revision, String title, LocalDate publicationDate,
                           String contactName, String contactEmail, BriefingKind kind, LocalDate actionDue, String bodyHtml,
                           BriefingStatus status, String author, LocalDateTime revisedAt, List<Earlier> earlier,
                           boolean recipient, LocalDateTime doneAt, boolean mayTrack, boolean mayEdit, List<Document> documents) {

    /** A document attached to it, downloaded at {@code briefing-files/<id>}. */
    public record Document(long id, String fileName, String kind, long size) {
    }

    /** An earlier wording, replaced by a revision. */
    public record Earlier(int revision, String title, LocalDateTime replacedAt) {
    }
}
