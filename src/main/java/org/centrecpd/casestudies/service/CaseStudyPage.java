package org.centrecpd.casestudies.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.centrecpd.casestudies.ChildrenAge;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.casestudies.domain.ExtractionStatus;
import org.centrecpd.casestudies.domain.ReviewEntry;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;

/**
 * A case study as its page shows it to the person asking, with what they may do with it: edit it, take part in its
 * review, and which review steps they may take now ({@link CaseStudyStatus#next}, for its reviewers).
 */
public record CaseStudyPage(long id, long version, String title, String summary, String outcomes, int year,
                            CaseStudyStatus status, boolean publishedToAll, String author, String basedOn,
                            List<String> places, Set<Long> centreIds, Set<CorePurposeArea> areas,
                            Set<LeadershipQuality> qualities, Set<ChildrenAge> ages, List<AttachmentRow> attachments,
                            List<Review> reviews, boolean mayEdit, boolean mayReview, List<CaseStudyStatus> reviewSteps) {

    public record AttachmentRow(long id, String fileName, String fileType, long sizeBytes, ExtractionStatus status,
                                String failureKey, boolean truncated) {
    }

    public record Review(String author, ReviewEntry.Action action, String comment, LocalDateTime at) {
    }
}
