package org.centrecpd.reviews.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.domain.ActionRow;
import org.centrecpd.reviews.domain.PackRepository;
import org.centrecpd.reviews.domain.PersonChoice;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.domain.ReviewAction;
import org.centrecpd.reviews.domain.ReviewActionRepository;
import org.centrecpd.reviews.domain.ReviewRepository;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review's actions: the partner sets them while the review is open, each owned by someone working at the
 * centre; once signed off, the owner (or a manager of the centre) marks them done, and each person sees the
 * actions they own.
 */
@Service
@Transactional(readOnly = true)
public class ReviewActions {

    /** An action, its response and its done note: the columns' length. */
    private static final int MAX_TEXT = 2000;

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final ReviewAccess access;
    private final ReviewRepository reviews;
    private final ReviewActionRepository actions;
    private final PackRepository organisation;
    private final Clock clock;

    ReviewActions(AccessScope scope, CurrentUser currentUser, ReviewAccess access, ReviewRepository reviews,
                  ReviewActionRepository actions, PackRepository organisation, Clock clock) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.access = access;
        this.reviews = reviews;
        this.actions = actions;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The people working at the review's centre today: who may own an action. */
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public List<PersonChoice> possibleOwners(long reviewId) {
        Review review = access.writable(reviewId);
        return organisation.staffOn(review.getCentreId(), LocalDate.now(clock));
    }

    /** Adds an action owned by someone working at the centre today. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void add(long reviewId, String body, long ownerPersonId, LocalDate dueOn) {
        org.centrecpd.base.TextLimit.atMost(body, MAX_TEXT);
        Review review = access.writable(reviewId);
        PersonChoice owner = owner(review, ownerPersonId);
        int next = actions.findByReviewIdOrderByPosition(reviewId).stream().mapToInt(ReviewAction::getPosition).max().orElse(0) + 1;
        actions.save(new ReviewAction(reviewId, next, body, owner.id(), owner.name(), requireDue(dueOn)));
    }

    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void change(long actionId, String body, long ownerPersonId, LocalDate dueOn) {
        org.centrecpd.base.TextLimit.atMost(body, MAX_TEXT);
        ReviewAction action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action " + actionId));
        Review review = access.writable(action.getReviewId());
        PersonChoice owner = owner(review, ownerPersonId);
        action.change(body, owner.id(), owner.name(), requireDue(dueOn));
    }

    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void remove(long actionId) {
        ReviewAction action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action " + actionId));
        access.writable(action.getReviewId());
        actions.delete(action);
    }

    /** The actions I own on signed-off reviews, open ones first. */
    @RolesAllowed({Role.PRACTITIONER_NAME, Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<ActionRow> mine() {
        return scope.self().map(me -> actions.ownedBy(me, ReviewStatus.SIGNED_OFF)).orElse(List.of());
    }

    /** Open actions at the centres I manage (a manager follows up their staff's actions). */
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public List<ActionRow> atMyCentres() {
        return actions.openInScope(scope.centres(), ReviewStatus.SIGNED_OFF);
    }

    /** Marks an action done, with a note: by its owner, or by a manager of its centre. */
    @Transactional
    @RolesAllowed({Role.PRACTITIONER_NAME, Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void markDone(long actionId, String note) {
        org.centrecpd.base.TextLimit.atMost(note, MAX_TEXT);
        ActionRow row = actions.signedOffRow(actionId, ReviewStatus.SIGNED_OFF)
            .orElseThrow(() -> new NotFoundException("Action " + actionId));
        SignedInUser me = currentUser.require();
        boolean owner = me.personId() != null && me.personId() == row.ownerPersonId();
        if (!owner) {
            if (me.role() != Role.CENTRE_MANAGER) {
                throw new NotFoundException("Action " + actionId);
            }
            scope.requireCentre(reviews.findById(row.reviewId()).orElseThrow().getCentreId());
        }
        ReviewAction action = actions.findById(actionId).orElseThrow();
        action.markDone(LocalDate.now(clock), note == null || note.isBlank() ? null : note.strip(), me.displayName());
    }

    private PersonChoice owner(Review review, long personId) {
        return organisation.staffOn(review.getCentreId(), LocalDate.now(clock)).stream().filter(p -> p.id() == personId).findFirst()
            .orElseThrow(() -> new RuleViolation("reviews.action.ownerElsewhere"));
    }

    private static LocalDate requireDue(LocalDate dueOn) {
        if (dueOn == null) {
            throw new RuleViolation("reviews.action.noDue");
        }
        return dueOn;
    }
}
