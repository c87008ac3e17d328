package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.base.ui.BarChart;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.reviews.service.Pack;
import org.centrecpd.training.CourseFigures;

import static org.centrecpd.reviews.ui.ReviewWords.actionState;
import static org.centrecpd.reviews.ui.ReviewWords.or;
import static org.centrecpd.reviews.ui.ReviewWords.table;

/**
 * A review's pack: the centre's figures as at the term's last day (staff, training with the previous term and the
 * authority's average, workshops, CPD and journal, core-purpose coverage, case studies, the previous review's
 * actions), each chart with its data table; live while the review is open, frozen once signed off.
 */
class PackSection extends Section {

    PackSection(Pack p, boolean frozen) {
        setId("review-pack");
        add(new H2(getTranslation("reviews.pack.title", Dates.longDay(p.asAt(), getLocale()))));
        add(new Paragraph(getTranslation(frozen ? "reviews.pack.frozen" : "reviews.pack.live")));
        add(new Paragraph(getTranslation("reviews.pdf.runBy", or(p.provider()), or(p.group()))));
        add(new H3(getTranslation("reviews.pack.staff")), table(this, "pack-staff", List.of("reviews.pack.figure", "reviews.pack.value"),
            List.of(List.of(getTranslation("reviews.pack.staffInPost"), p.staffInPost()), List.of(getTranslation("reviews.pack.joiners"), p.joiners()),
                List.of(getTranslation("reviews.pack.leavers"), p.leavers()))));

        add(new H3(getTranslation("reviews.pack.training")));
        List<List<Object>> training = new ArrayList<>();
        for (CourseFigures c : p.training()) {
            training.add(trainingRow(c.course() + " (" + getTranslation(c.required() ? "reviews.pack.required" : "reviews.pack.recommended") + ")", c));
        }
        training.add(trainingRow(getTranslation("reviews.pack.requiredAll"), p.trainingOfKind(true)));
        training.add(trainingRow(getTranslation("reviews.pack.recommendedAll"), p.trainingOfKind(false)));
        training.add(trainingRow(getTranslation("reviews.pack.allTraining"), p.trainingTotal()));
        if (p.previousTraining() != null) {
            training.add(trainingRow(getTranslation("reviews.pack.previousTerm", Dates.day(p.previousAsAt(), getLocale())), p.previousTraining()));
        }
        training.add(trainingRow(getTranslation("reviews.pack.authorityAverage", p.authority()), p.authorityTraining()));
        add(table(this, "pack-training", List.of("reviews.pack.course", "reviews.pack.assigned", "reviews.pack.completed",
            "reviews.pack.percentComplete", "reviews.pack.overdue", "reviews.pack.percentOverdue"), training));
        List<BarChart.Bar> comparison = new ArrayList<>();
        comparison.add(bar(getTranslation("reviews.pack.thisTerm"), p.trainingTotal()));
        if (p.previousTraining() != null) {
            comparison.add(bar(getTranslation("reviews.pack.previousTermShort"), p.previousTraining()));
        }
        comparison.add(bar(getTranslation("reviews.pack.authorityShort"), p.authorityTraining()));
        add(new BarChart("pack-completion-chart", getTranslation("reviews.chart.completion"),
            getTranslation("reviews.chart.completion.desc", p.centre(), Dates.day(p.asAt(), getLocale())), comparison,
            List.of(getTranslation("reviews.chart.line"), getTranslation("reviews.pack.percentComplete"), getTranslation("reviews.pack.completed"),
                getTranslation("reviews.pack.assigned")), getTranslation("reviews.chart.data")));

        add(new H3(getTranslation("reviews.pack.workshops")), table(this, "pack-workshops", List.of("reviews.pack.figure", "reviews.pack.value"),
            List.of(List.of(getTranslation("reviews.pack.sessions"), p.workshops().sessions()),
                List.of(getTranslation("reviews.pack.booked"), p.workshops().booked()),
                List.of(getTranslation("reviews.pack.attended"), p.workshops().attended()),
                List.of(getTranslation("reviews.pack.noShows"), p.workshops().noShows()))));
        add(new H3(getTranslation("reviews.pack.cpdAndJournal")), table(this, "pack-cpd", List.of("reviews.pack.figure", "reviews.pack.value"),
            List.of(List.of(getTranslation("reviews.pack.cpdHours"), p.cpdHours().toPlainString()),
                List.of(getTranslation("reviews.pack.journalWritten"), p.journal().written()),
                List.of(getTranslation("reviews.pack.journalShared"), p.journal().shared()),
                List.of(getTranslation("reviews.pack.supervisions"), p.journal().supervisions()))));

        add(new H3(getTranslation("reviews.pack.coverage")));
        add(table(this, "pack-coverage", List.of("reviews.pack.area", "reviews.pack.trainedStaff", "reviews.pack.caseStudiesPublished"),
            p.coverage().stream().map(a -> List.<Object>of(getTranslation(a.area().key()), a.trainedStaff(), a.caseStudies())).toList()));
        add(new BarChart("pack-coverage-chart", getTranslation("reviews.chart.coverage"),
            getTranslation("reviews.chart.coverage.desc", p.staffInPost()), p.coverage().stream().map(a -> {
                int pct = p.staffInPost() == 0 ? 0 : (int) Math.round(100.0 * a.trainedStaff() / p.staffInPost());
                return new BarChart.Bar(getTranslation(a.area().key()), pct, List.<Object>of(pct + "%", a.trainedStaff(), a.caseStudies()));
            }).toList(), List.of(getTranslation("reviews.pack.area"), getTranslation("reviews.chart.percentStaff"),
                getTranslation("reviews.pack.trainedStaff"), getTranslation("reviews.pack.caseStudiesPublished")), getTranslation("reviews.chart.data")));

        add(new H3(getTranslation("reviews.pack.caseStudies")));
        add(p.caseStudies().isEmpty() ? new Paragraph(getTranslation("reviews.pack.noCaseStudies"))
            : table(this, "pack-case-studies", List.of("reviews.pack.caseStudy", "reviews.pack.reviewState"),
                p.caseStudies().stream().map(c -> List.<Object>of(c.title(), c.status())).toList()));
        add(new H3(getTranslation("reviews.pack.previousActions")));
        add(p.previousActions().isEmpty() ? new Paragraph(getTranslation("reviews.pack.noPreviousActions"))
            : table(this, "pack-previous-actions", List.of("reviews.action.body", "reviews.action.owner", "reviews.action.due", "reviews.action.state"),
                p.previousActions().stream().map(a -> List.<Object>of(a.body(), a.owner(), Dates.day(a.dueOn(), getLocale()),
                    actionState(this, getLocale(), a.doneOn(), a.dueOn(), p.asAt()))).toList()));
    }

    private static BarChart.Bar bar(String label, CourseFigures c) {
        return new BarChart.Bar(label, c.percentComplete(), List.of(c.percentComplete() + "%", c.completed(), c.assigned()));
    }

    private static List<Object> trainingRow(String name, CourseFigures c) {
        return List.of(name, c.assigned(), c.completed(), c.percentComplete() + "%", c.overdue(), c.percentOverdue() + "%");
    }
}
