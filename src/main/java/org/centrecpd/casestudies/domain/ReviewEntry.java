package org.centrecpd.casestudies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.centrecpd.base.AbstractEntity;

/**
 * One step of a case study's review, kept for good: a comment, a request for changes, an approval, publication
 * (to the centres its partner oversees, or to everyone), withdrawal. The comment is only ever what its author wrote.
 */
@Entity
@Table(name = "case_study_review")
public class ReviewEntry extends AbstractEntity {

    public enum Action {
        SUBMITTED, COMMENTED, CHANGES_REQUESTED, APPROVED,
        /** Published to the centres the publishing partner oversees that day. */
        PUBLISHED,
        PUBLISHED_TO_EVERYONE,
        WITHDRAWN
    }

    @Column(name = "case_study_id", nullable = false)
    private long caseStudyId;

    @Column(name = "author_account_id", nullable = false)
    private long authorAccountId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    private String comment;

    @Column(nullable = false)
    private LocalDateTime at;

    protected ReviewEntry() {
    }

    public ReviewEntry(long caseStudyId, long authorAccountId, String authorName, Action action, String comment, LocalDateTime at) {
        this.caseStudyId = caseStudyId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.action = action;
        this.comment = comment;
        this.at = at;
    }

    public long getCaseStudyId() { return caseStudyId; }
    public String getAuthorName() { return authorName; }
    /** The demo's year of history (see {@link CaseStudy#dated}): the step on the day the seed gives. */
    public void dated(LocalDateTime at) {
        this.at = at;
    }

    public Action getAction() { return action; }
    public String getComment() { return comment; }
    public LocalDateTime getAt() { return at; }
}
