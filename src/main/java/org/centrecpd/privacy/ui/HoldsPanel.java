package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.privacy.service.LegalHolds;

/** Legal holds: place one on a person, lift it. */
class HoldsPanel extends VerticalLayout {

    HoldsPanel(LegalHolds holds, java.util.function.Function<String, PersonPicker> picker) {
        Grid<LegalHolds.HoldRow> list = new Grid<>();
        list.addColumn(LegalHolds.HoldRow::person).setHeader(getTranslation("privacy.person"));
        list.addColumn(LegalHolds.HoldRow::reason).setHeader(getTranslation("privacy.hold.reason")).setFlexGrow(3);
        list.addColumn(h -> Dates.day(h.placedOn(), Locale.UK) + ", " + h.placedBy()).setHeader(getTranslation("privacy.hold.placed"));
        list.addComponentColumn(h -> new Button(getTranslation("privacy.hold.lift"), e -> {
            holds.lift(h.personId());
            Feedback.saved(this, "privacy.hold.lifted", h.person());
            list.setItems(holds.all());
        })).setHeader(getTranslation("privacy.hold.lift"));
        list.setAllRowsVisible(true);
        list.setAriaLabel(getTranslation("privacy.tab.holds"));
        list.setItems(holds.all());
        PersonPicker person = picker.apply("privacy.hold.person");
        TextField reason = new TextField(getTranslation("privacy.hold.reason"));
        reason.setMaxLength(500);
        reason.setWidth("28em");
        Button place = new Button(getTranslation("privacy.hold.place"), e -> {
            if (person.required().isEmpty()) {
                return;
            }
            try {
                holds.place(person.getValue().personId(), reason.getValue());
                Feedback.saved(this, "privacy.hold.placed.done", person.getValue().fullName());
                person.clear();
                reason.clear();
                list.setItems(holds.all());
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        HorizontalLayout form = new HorizontalLayout(person, reason, place);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("privacy.hold.intro")), form, list);
    }
}
