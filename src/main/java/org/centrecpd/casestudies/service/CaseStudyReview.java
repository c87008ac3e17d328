package org.centrecpd.casestudies.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.casestudies.domain.ReviewEntry;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a case study: comments by those who write and review it, and the steps its reviewers take
 * (asking for changes, approving, publishing, withdrawing), each as the review's state machine allows
 * ({@link CaseStudyStatus#next}), recorded in its history and told to its author ({@link ReviewLog}).
 */
@Service
@Transactional
public class CaseStudyReview {

    private final CaseStudyPolicy policy;
    private final CaseStudyChanges changes;
    private final ReviewLog reviewLog;
    private final AccessScope scope;
    private final Clock clock;

    CaseStudyReview(CaseStudyPolicy policy, CaseStudyChanges changes, ReviewLog reviewLog, AccessScope scope, Clock clock) {
        this.policy = policy;
        this.changes = changes;
        this.reviewLog = reviewLog;
        this.scope = scope;
        this.clock = clock;
    }

    /** The review log's comment column (V5). */
    static final int MAX_COMMENT = 4000;

    /** A comment in the review, by its author or a partner overseeing it. */
    @PermitAll
    public void comment(long id, String comment) {
        CaseStudy study = policy.writtenOrReviewed(id);
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("casestudies.comment.required");
        }
        reviewLog.record(study, ReviewEntry.Action.COMMENTED, org.centrecpd.base.TextLimit.atMost(comment.strip(), MAX_COMMENT));
    }

    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void requestChanges(long id, String comment) {
        CaseStudy study = changes.oneAtATime(policy.reviewed(id));
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("casestudies.changes.reason");
        }
        step(study, CaseStudyStatus.CHANGES_REQUESTED, ReviewEntry.Action.CHANGES_REQUESTED,
            org.centrecpd.base.TextLimit.atMost(comment.strip(), MAX_COMMENT));
    }

    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void approve(long id) {
        step(changes.oneAtATime(policy.reviewed(id)), CaseStudyStatus.APPROVED, ReviewEntry.Action.APPROVED, null);
    }

    /** Publishes an approved case study to the centres the partner oversees today, or to everyone. */
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void publish(long id, boolean toEveryone) {
        CaseStudy study = changes.oneAtATime(policy.reviewed(id));
        study.publish(scope.forSearch().overseen(), toEveryone, now());
        done(study, toEveryone ? ReviewEntry.Action.PUBLISHED_TO_EVERYONE : ReviewEntry.Action.PUBLISHED, null);
    }

    /** Takes a published case study out of everyone's view; its history stays. */
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void withdraw(long id, String reason) {
        CaseStudy study = changes.oneAtATime(policy.reviewed(id));
        step(study, CaseStudyStatus.WITHDRAWN, ReviewEntry.Action.WITHDRAWN, reason == null || reason.isBlank() ? null
            : org.centrecpd.base.TextLimit.atMost(reason.strip(), MAX_COMMENT));
    }

    private void step(CaseStudy study, CaseStudyStatus next, ReviewEntry.Action action, String comment) {
        study.moveTo(next, now());
        done(study, action, comment);
    }

    private void done(CaseStudy study, ReviewEntry.Action action, String comment) {
        reviewLog.record(study, action, comment);
        changes.made(study);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
