package org.centrecpd.casestudies.service;

import java.time.LocalDateTime;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's case studies written and published over the past year rather than all on the day the demo starts
 * (issue 33 §1), so that the library's dates and the review pack's "case studies in the term" have a shape. Demo
 * profile only, by the partner who reviews them (the demo seeding signs in as that partner).
 * <p>
 * A change like any other, not an SQL update beside the services: the case study is taken with the same lock as every
 * change ({@link CaseStudyChanges#oneAtATime}), so it waits for a change under way instead of racing it, and it is
 * announced, so the search index is written again from what was committed. An earlier demo moved the dates with one
 * UPDATE after publication and left the demo's documents out of search.
 */
@Component
@Profile("demo")
public class DemoCaseStudyDates {

    private final CaseStudyPolicy policy;
    private final CaseStudyChanges changes;
    private final ReviewLog reviewLog;

    DemoCaseStudyDates(CaseStudyPolicy policy, CaseStudyChanges changes, ReviewLog reviewLog) {
        this.policy = policy;
        this.changes = changes;
        this.reviewLog = reviewLog;
    }

    /**
     * Written on {@code created}, published on {@code published} (null: not published yet); the steps of its review
     * a day apart from {@code created}, its publication (the last step) on {@code published}.
     */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void dated(long id, LocalDateTime created, LocalDateTime published) {
        CaseStudy study = changes.oneAtATime(policy.reviewed(id));
        study.dated(created, published);
        reviewLog.dated(study, created, published != null ? published : created.plusDays(7));
        changes.made(study);
    }
}
