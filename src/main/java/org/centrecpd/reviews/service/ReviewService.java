package org.centrecpd.reviews.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.domain.ReviewAction;
import org.centrecpd.reviews.domain.ReviewActionRepository;
import org.centrecpd.reviews.domain.ReviewRepository;
import org.centrecpd.reviews.domain.ReviewTerm;
import org.centrecpd.reviews.domain.ReviewTermRepository;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The termly review, for each reader: the partner prepares (a draft with the live pack), shares, and signs off
 * (the pack is frozen as a snapshot; an amendment is a new linked revision); the centre's managers see it once
 * shared and respond; the admin sees every review; practitioners see only the actions they own. A review
 * outside the reader's reach answers "not found", on every path (page, PDF, actions). Sign-offs and every
 * download of a review are in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final ReviewAccess access;
    private final ReviewRepository reviews;
    private final ReviewActionRepository actions;
    private final ReviewTermRepository terms;
    private final PackBuilder packs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(AccessScope scope, CurrentUser currentUser, ReviewAccess access, ReviewRepository reviews,
                  ReviewActionRepository actions, ReviewTermRepository terms, PackBuilder packs, ApplicationEventPublisher events,
                  Clock clock) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.access = access;
        this.reviews = reviews;
        this.actions = actions;
        this.terms = terms;
        this.packs = packs;
        this.events = events;
        this.clock = clock;
    }

    /** Begins the review of a centre the partner oversees for a term of its authority; the existing one if begun. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public long start(long centreId, long termId) {
        if (!reviews.oversees(scope.centres(), centreId)) {
            throw new NotFoundException("Centre " + centreId);
        }
        ReviewTerm term = terms.findById(termId).orElseThrow(() -> new NotFoundException("Term " + termId));
        if (!terms.authorityOf(centreId).map(a -> a == term.getLocalAuthorityId()).orElse(false)) {
            throw new NotFoundException("Term " + termId);
        }
        var existing = reviews.due(scope.centres(), true, term.getSchoolYear(), term.getSeason(), Set.of(1, 2, 3)).stream()
            .filter(r -> r.centreId() == centreId && r.reviewId() != null).findFirst();
        if (existing.isPresent()) {
            return existing.get().reviewId();
        }
        SignedInUser me = currentUser.require();
        Review review = reviews.saveAndFlush(new Review(centreId, termId, me.accountId(), me.displayName(),
            Arrays.stream(CorePurposeArea.values()).map(CorePurposeArea::id).toList(), LocalDateTime.now(clock)));
        return review.getId();
    }

    /** A review the reader may see, with its pack (live while open, the snapshot once signed off). */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public ReviewPage open(long reviewId) {
        Review review = access.visible(reviewId);
        ReviewTerm term = terms.findById(review.getTermId()).orElseThrow();
        Pack pack = review.getSnapshot().map(ReviewService::readPack).orElseGet(() -> packs.build(review.getCentreId(), term));
        return page(review, term, pack);
    }

    /** The partner's text: visit date, strengths, priorities and a judgement per area (by area id). */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void write(long reviewId, long version, LocalDate visitDate, String strengths, String priorities,
                      Map<String, Review.Judged> byArea) {
        org.centrecpd.base.TextLimit.atMost(strengths, 8000);
        org.centrecpd.base.TextLimit.atMost(priorities, 8000);
        if (byArea != null) {
            byArea.values().forEach(judged -> org.centrecpd.base.TextLimit.atMost(judged == null ? null : judged.commentary(), 2000));
        }
        Review review = access.writable(reviewId);
        requireVersion(review, version);
        review.write(visitDate, strengths, priorities, byArea);
        reviews.saveAndFlush(review);
    }

    /** Shows the draft to the centre's managers, who may then respond. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void share(long reviewId) {
        Review review = access.writable(reviewId);
        review.share(LocalDateTime.now(clock));
        reviews.saveAndFlush(review);
    }

    /** The centre manager's responses, per area (by area id) and per action (by id), while the review is shared. */
    @Transactional
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public void respond(long reviewId, Map<String, String> byArea, Map<Long, String> byAction) {
        Review review = access.visible(reviewId);
        byArea.values().forEach(said -> org.centrecpd.base.TextLimit.atMost(said, 2000));
        byAction.values().forEach(said -> org.centrecpd.base.TextLimit.atMost(said, 2000));
        review.respond(byArea);
        for (ReviewAction action : actions.findByReviewIdOrderByPosition(reviewId)) {
            if (byAction.containsKey(action.getId())) {
                action.respond(byAction.get(action.getId()));
            }
        }
        reviews.saveAndFlush(review);
    }

    /**
     * Signs the shared review off: the pack as it is now is stored with it and never changes again; an amended
     * revision replaces the one it amends. Audited.
     */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void signOff(long reviewId) {
        Review review = access.writable(reviewId);
        ReviewTerm term = terms.findById(review.getTermId()).orElseThrow();
        Pack pack = packs.build(review.getCentreId(), term);
        review.signOff(JSON.writeValueAsString(pack), LocalDateTime.now(clock));
        if (review.getAmendsId() != null) {
            reviews.findById(review.getAmendsId()).ifPresent(Review::markAmended);
        }
        reviews.saveAndFlush(review);
        events.publishEvent(new AuditEvent(AuditAction.REVIEW_SIGNED_OFF, pack.centre() + ", " + term.getSeason().name().toLowerCase()
            + " " + term.getSchoolYear(), "review " + reviewId + ", revision " + review.getRevision()));
    }

    /** Begins an amendment of a signed-off review: a new draft revision, linked, with its text and actions. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public long amend(long reviewId) {
        Review signed = access.overseen(reviewId);
        if (reviews.amendmentOf(reviewId).isPresent()) {
            throw new RuleViolation("reviews.amend.already");
        }
        SignedInUser me = currentUser.require();
        Review next = reviews.saveAndFlush(Review.amendmentOf(signed, me.accountId(), me.displayName(), LocalDateTime.now(clock)));
        for (ReviewAction a : actions.findByReviewIdOrderByPosition(reviewId)) {
            ReviewAction copy = new ReviewAction(next.getId(), a.getPosition(), a.getBody(), a.getOwnerPersonId(), a.getOwnerName(), a.getDueOn());
            copy.respond(a.getResponse());
            if (a.isDone()) {
                copy.markDone(a.getDoneOn(), a.getDoneNote(), a.getDoneByName());
            }
            actions.save(copy);
        }
        return next.getId();
    }

    /** The signed-off review as a PDF for a governing board, with the page's figures. Every download is audited. */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public ReviewFile pdf(long reviewId) {
        ReviewPage page = open(reviewId);
        if (!page.mayDownload()) {
            throw new RuleViolation("reviews.pdf.notSignedOff");
        }
        byte[] bytes = ReviewPdf.render(page);
        String name = ("review-" + page.centre() + "-" + page.season().name().toLowerCase() + "-" + page.schoolYear()
            + (page.revision() > 1 ? "-revision-" + page.revision() : "")).replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase() + ".pdf";
        events.publishEvent(new AuditEvent(AuditAction.REVIEW_DOWNLOADED, page.centre() + ", " + page.season().name().toLowerCase() + " "
            + page.schoolYear(), "review " + reviewId + " as PDF"));
        return new ReviewFile(name, bytes);
    }

    /** A file to download. */
    public record ReviewFile(String name, byte[] content) {
    }

    private static void requireVersion(Review review, long version) {
        if (review.getVersion() != version) {
            throw new StaleEditException("Review " + review.getId(), null);
        }
    }

    static Pack readPack(String json) {
        return JSON.readValue(json, Pack.class);
    }

    private ReviewPage page(Review review, ReviewTerm term, Pack pack) {
        SignedInUser me = currentUser.require();
        boolean partner = me.role() == Role.IMPROVEMENT_PARTNER;
        boolean open = !review.getStatus().isSignedOff();
        List<ReviewPage.JudgementLine> judgements = review.getJudgements().stream()
            .map(j -> new ReviewPage.JudgementLine(CorePurposeArea.byId(j.getArea()).orElseThrow(), j.getJudgement(), j.getCommentary(),
                j.getResponse()))
            .sorted(Comparator.comparing(ReviewPage.JudgementLine::area))
            .toList();
        List<ReviewPage.ActionLine> lines = actions.findByReviewIdOrderByPosition(review.getId()).stream()
            .map(a -> new ReviewPage.ActionLine(a.getId(), a.getBody(), a.getOwnerPersonId(), a.getOwnerName(), a.getDueOn(),
                a.getResponse(), a.getDoneOn(), a.getDoneNote(), a.getDoneByName()))
            .toList();
        Long amendedBy = review.getStatus() == ReviewStatus.SIGNED_OFF || review.getStatus() == ReviewStatus.AMENDED
            ? reviews.amendmentOf(review.getId()).map(Review::getId).orElse(null) : null;
        return new ReviewPage(review.getId(), review.getVersion(), review.getCentreId(), pack.centre(), term.getSchoolYear(),
            term.getSeason(), term.firstDay(), term.lastDay(), review.getStatus(), review.getRevision(), review.getAmendsId(), amendedBy,
            review.getPartnerName(), review.getVisitDate(), review.getStrengths(), review.getPriorities(), judgements, lines, pack,
            review.getSharedAt(), review.getSignedOffAt(),
            partner && open, me.role() == Role.CENTRE_MANAGER && review.getStatus() == ReviewStatus.SHARED,
            partner && review.getStatus() == ReviewStatus.SHARED,
            partner && review.getStatus() == ReviewStatus.SIGNED_OFF && amendedBy == null,
            review.getStatus().isSignedOff(), LocalDate.now(clock));
    }
}
