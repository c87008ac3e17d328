package org.centrecpd.casestudies.service;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.CaseStudyRepository;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Component;

/**
 * Who may see a case study, and who may do what with it: the one place the feature decides. A case study
 * is seen by its author, by the improvement partners who oversee one of its centres, and once published by
 * the staff of its audience (or everyone); anything else answers "not found", whatever the path. It is
 * changed, and commented on, by those who write and review it (its author and those partners); reviewed,
 * approved, published and withdrawn by those partners only.
 * <p>
 * The visibility rule is applied where the rows are: in the database by {@link CaseStudyRepository#VISIBLE}
 * (a page, a download), and in the index by {@link #visibleInIndex} (search, facet counts, related case
 * studies), over the fields {@link CaseStudy} indexes for it. Both are here or called from here, and a test
 * checks that they agree for every demo sign-in
 * ({@code CaseStudyLibraryTest#theIndexAndTheDatabaseAgreeOnWhoMaySeeEachCaseStudy}).
 * <p>
 * What a role may start (writing a case study, rebuilding the index) mirrors the {@code @RolesAllowed} on
 * the services that do it, for the screens, which ask here rather than look at the role themselves.
 */
@Component
public class CaseStudyPolicy {

    private final CaseStudyRepository caseStudies;
    private final AccessScope scope;
    private final CurrentUser currentUser;

    CaseStudyPolicy(CaseStudyRepository caseStudies, AccessScope scope, CurrentUser currentUser) {
        this.caseStudies = caseStudies;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    /** What the asker may do with a case study they may see. */
    public record Allowed(boolean edit, boolean review, List<CaseStudyStatus> reviewSteps) {
    }

    /** A case study the asker may see; "not found" for anyone else. */
    public CaseStudy visible(long id) {
        return findVisible(id).orElseThrow(() -> new NotFoundException("Case study " + id));
    }

    public Optional<CaseStudy> findVisible(long id) {
        return caseStudies.findVisible(scope.centres(), id);
    }

    /** A case study the asker writes or reviews (may change or comment on); "not found" for anyone else. */
    CaseStudy writtenOrReviewed(long id) {
        CaseStudy study = visible(id);
        if (!writesOrReviews(study)) {
            throw new NotFoundException("Case study " + id);
        }
        return study;
    }

    /** A case study the asker reviews (oversees one of its centres); "not found" for anyone else. */
    CaseStudy reviewed(long id) {
        CaseStudy study = visible(id);
        if (!oversees(study)) {
            throw new NotFoundException("Case study " + id);
        }
        return study;
    }

    /** For a case study the asker may see: whether they may edit it, review it, and the review's next steps. */
    public Allowed allowed(CaseStudy study) {
        boolean oversees = oversees(study);
        boolean edit = (isAuthor(study) || oversees) && study.getStatus().isInProgress();
        boolean review = oversees && currentUser.require().role() == Role.IMPROVEMENT_PARTNER;
        return new Allowed(edit, review,
            review ? study.getStatus().next().stream().filter(CaseStudyStatus::isReviewStep).toList() : List.of());
    }

    /** May the asker start a case study (as {@code CaseStudyService#create} allows)? */
    public boolean mayWrite() {
        Role role = currentUser.require().role();
        return role == Role.CENTRE_MANAGER || role == Role.IMPROVEMENT_PARTNER;
    }

    /** May the asker rebuild the search index (as {@code IndexRebuild#start} allows)? */
    public boolean mayRebuildIndex() {
        return currentUser.require().role() == Role.ADMIN;
    }

    /**
     * The visibility rule for the index: what the asker wrote, oversees, or may read once published. A filter:
     * it neither scores nor changes the ranking.
     */
    public SearchPredicate visibleInIndex(SearchPredicateFactory f) {
        AccessScope.SearchScope me = scope.forSearch();
        var visible = f.bool()
            .should(f.match().field("authorAccountId").matching(me.accountId()))
            .should(f.bool()
                .must(f.match().field("status").matching(CaseStudyStatus.PUBLISHED))
                .must(f.bool()
                    .should(f.match().field("publishedToAll").matching(true))
                    .should(me.centres().isEmpty() ? f.matchNone() : f.terms().field("audience").matchingAny(me.centres()))));
        if (!me.overseen().isEmpty()) {
            visible.should(f.terms().field("centre").matchingAny(me.overseen()));
        }
        return visible.toPredicate();
    }

    private boolean writesOrReviews(CaseStudy study) {
        return isAuthor(study) || oversees(study);
    }

    private boolean isAuthor(CaseStudy study) {
        return study.getAuthorAccountId() == scope.centres().accountId();
    }

    private boolean oversees(CaseStudy study) {
        return caseStudies.oversees(scope.centres(), study.getId());
    }
}
