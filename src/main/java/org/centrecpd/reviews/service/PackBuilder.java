package org.centrecpd.reviews.service;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.casestudies.CaseStudyFigures;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.journal.service.TermJournal;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.domain.CentreAsAt;
import org.centrecpd.reviews.domain.PackRepository;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.domain.ReviewActionRepository;
import org.centrecpd.reviews.domain.ReviewRepository;
import org.centrecpd.reviews.domain.ReviewTerm;
import org.centrecpd.reviews.domain.ReviewTermRepository;
import org.centrecpd.reviews.domain.StaffMoves;
import org.centrecpd.training.CourseFigures;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.Coverage;
import org.centrecpd.training.service.TermTraining;
import org.centrecpd.workshops.service.TermWorkshops;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a centre's pack for a term from what each module publishes: the organisation's history (who ran
 * the centre and who worked there on the term's last day, joiners and leavers), training as at that day and
 * as at the previous term's last day and the authority's average, workshops, CPD hours, journal counts,
 * core-purpose coverage, case studies and the previous review's actions. A fixed number of statements
 * (about twenty), whatever the size of the centre or authority.
 */
@Component
@Transactional(readOnly = true)
class PackBuilder {

    private final AccessScope scope;
    private final PackRepository organisation;
    private final ReviewTermRepository terms;
    private final ReviewRepository reviews;
    private final ReviewActionRepository actions;
    private final TermTraining training;
    private final CompletionService completion;
    private final TermWorkshops workshops;
    private final TermJournal journal;
    private final CaseStudyFigures caseStudies;

    PackBuilder(AccessScope scope, PackRepository organisation, ReviewTermRepository terms, ReviewRepository reviews,
                ReviewActionRepository actions, TermTraining training, CompletionService completion, TermWorkshops workshops,
                TermJournal journal, CaseStudyFigures caseStudies) {
        this.scope = scope;
        this.organisation = organisation;
        this.terms = terms;
        this.reviews = reviews;
        this.actions = actions;
        this.training = training;
        this.completion = completion;
        this.workshops = workshops;
        this.journal = journal;
        this.caseStudies = caseStudies;
    }

    Pack build(long centreId, ReviewTerm term) {
        var day = term.lastDay();
        scope.requireCentre(centreId, day);
        var from = term.firstDay();
        var to = term.getPeriod().validTo();
        CentreAsAt centre = organisation.centreOn(centreId, day).orElseThrow(() -> new NotFoundException("Centre " + centreId));
        StaffMoves staff = organisation.staffMoves(centreId, day, from, to);
        List<CourseFigures> byCourse = training.byCourse(centreId, day);
        ReviewTerm previous = terms.before(term.getLocalAuthorityId(), from).orElse(null);
        CourseFigures previousTraining = previous == null ? null : CourseFigures.total(training.byCourse(centreId, previous.lastDay()));
        CourseFigures authority = training.authority(centre.authorityId(), day);
        Coverage coverage = completion.coverage(centreId, day);
        Map<CorePurposeArea, Long> published = caseStudies.publishedByArea(centreId, to);
        List<Pack.AreaLine> areas = Arrays.stream(CorePurposeArea.values()).map(a -> new Pack.AreaLine(a,
            coverage.areas().stream().filter(x -> x.area() == a).mapToLong(Coverage.Area::trained).sum(), published.get(a))).toList();
        List<Pack.PreviousAction> agreedBefore = previous == null ? List.of()
            : reviews.signedOff(centreId, previous.getId(), ReviewStatus.SIGNED_OFF)
                .map(Review::getId).map(actions::findByReviewIdOrderByPosition).orElse(List.of()).stream()
                .map(a -> new Pack.PreviousAction(a.getBody(), a.getOwnerName(), a.getDueOn(), a.getDoneOn(), a.getDoneNote()))
                .toList();
        return new Pack(from, day, centre.centre(), centre.authority(), centre.provider(), centre.group(),
            staff.inPost(), staff.joiners(), staff.leavers(), byCourse, previousTraining, previous == null ? null : previous.lastDay(),
            authority, workshops.figures(centreId, from, to), organisation.cpdHours(centreId, day, from, to),
            journal.counts(centreId, from, to), areas, caseStudies.inTerm(centreId, from, to), agreedBefore);
    }
}
