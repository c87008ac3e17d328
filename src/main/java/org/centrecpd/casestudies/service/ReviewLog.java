package org.centrecpd.casestudies.service;

import java.time.Clock;
import java.time.LocalDateTime;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.ReviewEntry;
import org.centrecpd.casestudies.domain.ReviewEntryRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * A case study's review history, kept for good, and the people told of each step ({@link ReviewMail}): the
 * partners overseeing its centres when it is written for them to review, its author when someone else
 * comments or takes a review step.
 */
@Component
class ReviewLog {

    private final ReviewEntryRepository reviews;
    private final ReviewMail mail;
    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewLog(ReviewEntryRepository reviews, ReviewMail mail, AccessScope scope, CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.mail = mail;
        this.scope = scope;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Written, or ({@code changed}) changed as the reviewer asked: the partners overseeing its centres today review it. */
    void submitted(CaseStudy study, boolean changed) {
        SignedInUser me = save(study, ReviewEntry.Action.SUBMITTED, null);
        mail.askReview(study, changed, scope.overseersOf(study.getCentreIds()), me);
    }

    /** A comment or a reviewer's step; its author is told (unless it is theirs). */
    void record(CaseStudy study, ReviewEntry.Action action, String comment) {
        SignedInUser me = save(study, action, comment);
        mail.tell(study, action, comment, me);
    }

    /**
     * The demo's year of history ({@link DemoCaseStudyDates}): its steps a day apart from {@code created}, the last one
     * on {@code last}, each kept before the last.
     */
    void dated(CaseStudy study, LocalDateTime created, LocalDateTime last) {
        java.util.List<ReviewEntry> steps = reviews.findByCaseStudyIdOrderByAtAsc(study.getId());
        for (int i = 0; i < steps.size(); i++) {
            LocalDateTime at = i == steps.size() - 1 ? last : created.plusDays(i + 1L);
            steps.get(i).dated(at.isBefore(last) ? at : last.minusMinutes(steps.size() - i));
        }
    }

    private SignedInUser save(CaseStudy study, ReviewEntry.Action action, String comment) {
        SignedInUser me = currentUser.require();
        reviews.save(new ReviewEntry(study.getId(), me.accountId(), me.displayName(), action, comment, LocalDateTime.now(clock)));
        return me;
    }
}
