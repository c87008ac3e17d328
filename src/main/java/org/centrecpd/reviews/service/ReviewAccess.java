package org.centrecpd.reviews.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.domain.ReviewRepository;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may open or change a review: a partner who oversaw its centre on any day of the review's term, in any state
 * (the rule: a partner reviews the centres they oversee on the review's dates; so a centre that moves to
 * another partner's group after the term stays with the partner who reviewed it, and the partner who took it over
 * sees the earlier reviews' actions in their own next pack, not the reviews); the centre's managers once it
 * is shared; the admin always; practitioners never (they see only the actions they own). Anything else answers
 * "not found", so a review's existence is not confirmed to someone who may not see it. Every review service
 * asks here; nothing else spells the rule out.
 */
@Component
class ReviewAccess {

    /** The states in which the centre's managers see a review. */
    static final Set<ReviewStatus> SHARED_ON = EnumSet.of(ReviewStatus.SHARED, ReviewStatus.SIGNED_OFF, ReviewStatus.AMENDED);

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final ReviewRepository reviews;

    ReviewAccess(AccessScope scope, CurrentUser currentUser, ReviewRepository reviews) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.reviews = reviews;
    }

    /** A review the reader may see. */
    Review visible(long reviewId) {
        SignedInUser me = currentUser.require();
        Optional<Review> found = switch (me.role()) {
            case IMPROVEMENT_PARTNER -> reviews.findVisible(scope.centres(), reviewId, true, EnumSet.allOf(ReviewStatus.class));
            case CENTRE_MANAGER -> reviews.findVisible(scope.centres(), reviewId, false, SHARED_ON);
            case ADMIN -> reviews.findVisible(scope.centres(), reviewId, false, EnumSet.allOf(ReviewStatus.class));
            case PRACTITIONER -> Optional.empty();
        };
        return found.orElseThrow(() -> new NotFoundException("Review " + reviewId));
    }

    /** The states of the reviews the reader may list. */
    Set<ReviewStatus> listable() {
        return currentUser.require().role() == Role.CENTRE_MANAGER ? SHARED_ON : EnumSet.allOf(ReviewStatus.class);
    }

    /** A review of a centre the partner oversees (any state). */
    Review overseen(long reviewId) {
        return reviews.findVisible(scope.centres(), reviewId, true, EnumSet.allOf(ReviewStatus.class))
            .orElseThrow(() -> new NotFoundException("Review " + reviewId));
    }

    /** A review the partner oversees that is not yet signed off: signed-off reviews are frozen. */
    Review writable(long reviewId) {
        Review review = overseen(reviewId);
        if (review.getStatus().isSignedOff()) {
            throw new RuleViolation("reviews.frozen");
        }
        return review;
    }
}
