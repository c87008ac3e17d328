package org.centrecpd.courses.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.centrecpd.courses.service.UnitPage;

/**
 * A knowledge check in the unit player: one question, its options in the learner's own order, and feedback on the
 * choice (right or not, in words, and why), read out as it changes. Nothing is saved: it is practice, not a test.
 */
class KnowledgeCheck extends Section {

    KnowledgeCheck(UnitPage.Check c) {
        RadioButtonGroup<UnitPage.Option> options = new RadioButtonGroup<>(c.question());
        options.setId("check-" + c.id());
        options.setItems(c.options());
        options.setItemLabelGenerator(UnitPage.Option::text);
        options.addThemeName("vertical");
        Paragraph feedback = new Paragraph();
        feedback.setId("feedback-" + c.id());
        feedback.getElement().setAttribute("aria-live", "polite");
        options.addValueChangeListener(e -> {
            UnitPage.Option chosen = e.getValue();
            if (chosen == null) {
                feedback.setText("");
                return;
            }
            feedback.setText(getTranslation(chosen.correct() ? "unit.check.right" : "unit.check.wrong") + " " + chosen.why());
            feedback.setClassName("feedback " + (chosen.correct() ? "right" : "wrong"));
        });
        add(new H2(getTranslation("unit.check")), options, feedback);
        addClassName("check");
    }
}
