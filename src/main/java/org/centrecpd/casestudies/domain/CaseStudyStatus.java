package org.centrecpd.casestudies.domain;

import java.util.List;
import java.util.stream.Collectors;
import org.centrecpd.base.RuleViolation;

/**
 * Where a case study is in its life, and the steps it may take from there. Drafts (and those sent
 * back for changes or approved but not yet published) are seen only by their author and the
 * improvement partners overseeing their centres; published ones by their audience; withdrawn ones by
 * nobody but those who could see the draft (their history stays).
 * <p>
 * The steps: a draft is sent back for changes or approved; changed by its author, it is a draft again; an
 * approved one is published, or sent back for changes; a published one may be withdrawn; withdrawn is final.
 */
public enum CaseStudyStatus {
    DRAFT("draft"),
    CHANGES_REQUESTED("changes requested"),
    APPROVED("approved"),
    PUBLISHED("published"),
    WITHDRAWN("withdrawn");

    private final String words;

    CaseStudyStatus(String words) {
        this.words = words;
    }

    /** The steps that may follow this one, in the order a reviewer is offered them. */
    public List<CaseStudyStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(CHANGES_REQUESTED, APPROVED);
            case CHANGES_REQUESTED -> List.of(DRAFT);
            case APPROVED -> List.of(PUBLISHED, CHANGES_REQUESTED);
            case PUBLISHED -> List.of(WITHDRAWN);
            case WITHDRAWN -> List.of();
        };
    }

    /**
     * {@code next}, if a case study in this state may take that step; refused with a message that says
     * where it may go instead.
     */
    public CaseStudyStatus stepTo(CaseStudyStatus next) {
        if (next().contains(next)) {
            return next;
        }
        if (next().isEmpty()) {
            throw new RuleViolation("casestudies.status.final", words, next.words);
        }
        throw new RuleViolation("casestudies.status.refused", words, next.words,
            next().stream().map(s -> s.words).collect(Collectors.joining(" or ")));
    }

    /**
     * Being written or reviewed: its text and documents may still change. Published (or withdrawn once
     * published), a case study stays as it was read.
     */
    public boolean isInProgress() {
        return this == DRAFT || this == CHANGES_REQUESTED || this == APPROVED;
    }

    /** A step a reviewer takes (the way back to a draft is the author's change, not a review step). */
    public boolean isReviewStep() {
        return this != DRAFT;
    }

    public boolean isPublished() {
        return this == PUBLISHED;
    }
}
