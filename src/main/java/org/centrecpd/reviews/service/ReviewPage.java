package org.centrecpd.reviews.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.reviews.Judgement;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.Season;

/**
 * A review as its reader may see it: the text, the actions and the pack (live while open, the stored snapshot
 * once signed off), and what this reader may do with it now.
 */
public record ReviewPage(long id, long version, long centreId, String centre, int schoolYear, Season season, LocalDate termFrom,
                         LocalDate termLastDay, ReviewStatus status, int revision, Long amendsId, Long amendedById,
                         String partner, LocalDate visitDate, String strengths, String priorities, List<JudgementLine> judgements,
                         List<ActionLine> actions, Pack pack, LocalDateTime sharedAt, LocalDateTime signedOffAt,
                         boolean mayWrite, boolean mayRespond, boolean maySignOff, boolean mayAmend, boolean mayDownload,
                         LocalDate today) {

    /** One area's judgement, commentary and the centre's response. */
    public record JudgementLine(CorePurposeArea area, Judgement judgement, String commentary, String response) {
    }

    /** An agreed action and where it stands. */
    public record ActionLine(long id, String body, long ownerPersonId, String ownerName, LocalDate dueOn, String response,
                             LocalDate doneOn, String doneNote, String doneBy) {
    }

    public boolean isFrozen() {
        return status.isSignedOff();
    }
}
