package org.centrecpd.reviews.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.casestudies.CentreCaseStudy;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.journal.JournalCounts;
import org.centrecpd.training.CourseFigures;
import org.centrecpd.workshops.WorkshopFigures;

/**
 * The figures a partner takes to a centre's termly review, every one as at the term's last day ({@code asAt}),
 * or over the term ({@code from} until {@code asAt}). Built by {@link PackBuilder}; stored as JSON in the
 * review when it is signed off, so a signed-off review shows exactly what was signed off.
 *
 * @param previousAsAt the previous term's last day (null: no previous term), when {@code previousTraining} was counted
 */
public record Pack(
    LocalDate from, LocalDate asAt, String centre, String authority, String provider, String group,
    long staffInPost, long joiners, long leavers,
    List<CourseFigures> training, CourseFigures previousTraining, LocalDate previousAsAt, CourseFigures authorityTraining,
    WorkshopFigures workshops, BigDecimal courseHours, JournalCounts journal,
    List<AreaLine> coverage, List<CentreCaseStudy> caseStudies, List<PreviousAction> previousActions) {

    /** One core-purpose area: staff in post who had completed training tagged with it, and case studies published in it. */
    public record AreaLine(CorePurposeArea area, long trainedStaff, long caseStudies) {
    }

    /** An action agreed at the previous term's review, and where it stands. */
    public record PreviousAction(String body, String owner, LocalDate dueOn, LocalDate doneOn, String doneNote) {
    }

    /** All training in the term, added up. */
    public CourseFigures trainingTotal() {
        return CourseFigures.total(training);
    }

    /** Required (true) or recommended (false) training, added up. */
    public CourseFigures trainingOfKind(boolean required) {
        return CourseFigures.total(training.stream().filter(c -> c.required() == required).toList());
    }

    /** CPD hours in the term: completed courses, and reflection counted as CPD in the journal; one decimal. */
    public BigDecimal cpdHours() {
        return courseHours.add(BigDecimal.valueOf(journal.cpdMinutes()).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP))
            .setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
