package org.centrecpd.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.training.domain.CourseChoice;
import org.centrecpd.training.domain.EvidenceRow;
import org.centrecpd.training.service.EvidenceService;

/**
 * A line manager's side of the evidence page: their staff's evidence waiting for review, each row mapped to a course
 * (or not) and verified, or sent back with a comment. Hidden while nothing waits; the service decides whose rows these are.
 */
class EvidenceReviews extends VerticalLayout {

    private final EvidenceService evidence;
    private final Runnable refresh;
    private final Grid<EvidenceRow> waiting = new Grid<>(EvidenceRow.class, false);

    EvidenceReviews(EvidenceService evidence, Runnable refresh) {
        this.evidence = evidence;
        this.refresh = refresh;
        setPadding(false);
        waiting.addColumn(EvidenceRow::personName).setHeader(getTranslation("training.rule.person"));
        waiting.addColumn(EvidenceRow::title).setHeader(getTranslation("training.evidence.field.title")).setFlexGrow(2);
        waiting.addColumn(EvidenceRow::provider).setHeader(getTranslation("training.evidence.field.provider"));
        waiting.addColumn(r -> Dates.day(r.completedOn(), getLocale())).setHeader(getTranslation("training.evidence.field.date"));
        waiting.addColumn(r -> r.cpdHours().stripTrailingZeros().toPlainString()).setHeader(getTranslation("training.evidence.field.hours"));
        waiting.addComponentColumn(r -> CertificateLink.of(this, evidence, r)).setHeader(getTranslation("training.evidence.field.certificate"));
        waiting.addComponentColumn(this::review).setHeader(getTranslation("training.actions")).setFlexGrow(3);
        waiting.setAriaLabel(getTranslation("training.evidence.waiting"));
        waiting.setId("evidence-waiting");
        waiting.setAllRowsVisible(true);
        add(new H2(getTranslation("training.evidence.waiting")), waiting);
    }

    void show(List<EvidenceRow> toReview) {
        waiting.setItems(toReview);
        setVisible(!toReview.isEmpty());
    }

    /** A manager's review of one row: map to a course (or not) and verify, or send back with a comment. */
    private HorizontalLayout review(EvidenceRow row) {
        ComboBox<CourseChoice> course = new ComboBox<>(getTranslation("training.evidence.mapTo"));
        course.setItems(evidence.courses());
        course.setItemLabelGenerator(CourseChoice::title);
        course.setClearButtonVisible(true);
        course.setId("evidence-course-" + row.id());
        Button verify = new Button(getTranslation("training.evidence.verify"), e -> act(() -> evidence.verify(row.id(),
            course.getValue() == null ? null : course.getValue().id()), "training.evidence.verified", row));
        verify.setId("evidence-verify-" + row.id());
        verify.setAriaLabel(getTranslation("training.evidence.verifyOf", row.title(), row.personName()));
        TextField comment = new TextField(getTranslation("training.evidence.comment"));
        comment.setId("evidence-comment-" + row.id());
        Button back = new Button(getTranslation("training.evidence.sendBack"), e -> act(() -> evidence.sendBack(row.id(), comment.getValue()),
            "training.evidence.sentBack", row));
        back.setAriaLabel(getTranslation("training.evidence.sendBackOf", row.title(), row.personName()));
        HorizontalLayout actions = new HorizontalLayout(course, verify, comment, back);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        return actions;
    }

    private void act(Runnable action, String doneKey, EvidenceRow row) {
        try {
            action.run();
            Feedback.saved(this, doneKey, row.title());
            refresh.run();
        } catch (RuleViolation refused) {
            Feedback.explain(this, refused);
        }
    }
}
