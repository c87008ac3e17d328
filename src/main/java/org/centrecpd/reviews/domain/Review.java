package org.centrecpd.reviews.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.VersionedEntity;
import org.centrecpd.reviews.Judgement;
import org.centrecpd.reviews.ReviewStatus;

/**
 * An improvement partner's review of one centre for one term. The partner writes it as a draft, shares it
 * with the centre's managers (who respond per area and per action), and signs it off: from then its text and
 * its figures (the {@code snapshot}) never change; an amendment is a new revision linked to this one.
 */
@Entity
@Table(name = "review")
public class Review extends VersionedEntity {

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "term_id", nullable = false)
    private long termId;

    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "amends_id")
    private Long amendsId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status = ReviewStatus.DRAFT;

    @Column(name = "partner_account_id", nullable = false)
    private long partnerAccountId;

    @Column(name = "partner_name", nullable = false)
    private String partnerName;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    private String strengths;

    private String priorities;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "shared_at")
    private LocalDateTime sharedAt;

    @Column(name = "signed_off_at")
    private LocalDateTime signedOffAt;

    private String snapshot;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_judgement", joinColumns = @JoinColumn(name = "review_id"))
    @OrderBy("area")
    private List<AreaJudgement> judgements = new ArrayList<>();

    protected Review() {
    }

    public Review(long centreId, long termId, long partnerAccountId, String partnerName, List<String> areas, LocalDateTime now) {
        this.centreId = centreId;
        this.termId = termId;
        this.partnerAccountId = partnerAccountId;
        this.partnerName = partnerName;
        this.createdAt = now;
        areas.forEach(a -> judgements.add(new AreaJudgement(a)));
    }

    /** A new draft revision of {@code signedOff}, with its text, judgements and responses to start from. */
    public static Review amendmentOf(Review signedOff, long partnerAccountId, String partnerName, LocalDateTime now) {
        if (signedOff.status != ReviewStatus.SIGNED_OFF) {
            throw new RuleViolation("reviews.amend.notSignedOff");
        }
        Review next = new Review(signedOff.centreId, signedOff.termId, partnerAccountId, partnerName, List.of(), now);
        next.revision = signedOff.revision + 1;
        next.amendsId = signedOff.getId();
        next.visitDate = signedOff.visitDate;
        next.strengths = signedOff.strengths;
        next.priorities = signedOff.priorities;
        for (AreaJudgement j : signedOff.judgements) {
            AreaJudgement copy = new AreaJudgement(j.getArea());
            copy.judge(j.getJudgement(), j.getCommentary());
            copy.respond(j.getResponse());
            next.judgements.add(copy);
        }
        return next;
    }

    public long getCentreId() { return centreId; }
    public long getTermId() { return termId; }
    public int getRevision() { return revision; }
    public Long getAmendsId() { return amendsId; }
    public ReviewStatus getStatus() { return status; }
    public long getPartnerAccountId() { return partnerAccountId; }
    public String getPartnerName() { return partnerName; }
    public LocalDate getVisitDate() { return visitDate; }
    public String getStrengths() { return strengths; }
    public String getPriorities() { return priorities; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getSharedAt() { return sharedAt; }
    public LocalDateTime getSignedOffAt() { return signedOffAt; }
    public Optional<String> getSnapshot() { return Optional.ofNullable(snapshot); }
    public List<AreaJudgement> getJudgements() { return List.copyOf(judgements); }

    private void requireOpen() {
        if (status.isSignedOff()) {
            throw new RuleViolation("reviews.frozen");
        }
    }

    /** This signed-off revision is replaced by its amendment, now signed off in its turn. */
    public void markAmended() {
        if (status != ReviewStatus.SIGNED_OFF) {
            throw new RuleViolation("reviews.amend.notSignedOff");
        }
        status = ReviewStatus.AMENDED;
    }

    /** The partner's text: visit date, strengths, priorities, and a judgement per area (by area id). */
    public void write(LocalDate visitDate, String strengths, String priorities, java.util.Map<String, Judged> byArea) {
        requireOpen();
        this.visitDate = visitDate;
        this.strengths = strengths;
        this.priorities = priorities;
        for (AreaJudgement j : judgements) {
            Judged judged = byArea.get(j.getArea());
            if (judged != null) {
                j.judge(judged.judgement(), judged.commentary());
            }
        }
    }

    /** A judgement and its commentary, as the partner writes them. */
    public record Judged(Judgement judgement, String commentary) {
    }

    /** The centre manager's responses per area (by area id); only while shared. */
    public void respond(java.util.Map<String, String> byArea) {
        if (status != ReviewStatus.SHARED) {
            throw new RuleViolation("reviews.respond.notShared");
        }
        for (AreaJudgement j : judgements) {
            if (byArea.containsKey(j.getArea())) {
                j.respond(byArea.get(j.getArea()));
            }
        }
    }

    public void share(LocalDateTime now) {
        requireOpen();
        if (visitDate == null) {
            throw new RuleViolation("reviews.share.noVisit");
        }
        status = ReviewStatus.SHARED;
        sharedAt = now;
    }

    /** Freezes the review with the figures as they are now ({@code snapshot}). */
    public void signOff(String snapshot, LocalDateTime now) {
        if (status != ReviewStatus.SHARED) {
            throw new RuleViolation("reviews.signOff.notShared");
        }
        if (judgements.stream().anyMatch(j -> j.getJudgement() == null)) {
            throw new RuleViolation("reviews.signOff.unjudged");
        }
        this.snapshot = snapshot;
        this.signedOffAt = now;
        this.status = ReviewStatus.SIGNED_OFF;
    }
}
