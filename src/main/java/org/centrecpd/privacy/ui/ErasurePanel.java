package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.centrecpd.base.ui.ConfirmDestructive;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.privacy.service.Erasure;

/** Erasure: pick a leaver, see what goes and what stays and why, then erase. */
class ErasurePanel extends VerticalLayout {

    ErasurePanel(Erasure erasure, java.util.function.Function<String, PersonPicker> picker) {
        PersonPicker person = picker.apply("privacy.erase.person");
        person.setId("erase-person");
        TextField verified = new TextField(getTranslation("privacy.erase.verified"));
        verified.setHelperText(getTranslation("privacy.erase.verified.help"));
        verified.setMaxLength(300);
        verified.setWidth("28em");
        verified.setId("erase-verified");
        Grid<Erasure.Line> preview = new Grid<>();
        preview.addColumn(l -> l.kind().name()).setHeader(getTranslation("privacy.register.kind")).setFlexGrow(2);
        preview.addColumn(Erasure.Line::rows).setHeader(getTranslation("privacy.retention.rows"));
        preview.addColumn(l -> l.erasedNow() ? l.kind().disposal().words() + " " + getTranslation("privacy.erase.now")
            : getTranslation("privacy.erase.kept", Dates.day(l.keptUntil(), Locale.UK), l.kind().keptOnErasure())).setHeader(getTranslation("privacy.erase.what")).setFlexGrow(4);
        preview.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setAllRowsVisible(true);
        preview.setAriaLabel(getTranslation("privacy.erase.preview"));
        preview.setId("erase-preview");
        preview.setVisible(false);
        Button erase = new Button(getTranslation("privacy.erase.start"));
        erase.setId("erase-confirm");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.setEnabled(false);
        Button show = new Button(getTranslation("privacy.erase.show"), e -> {
            preview.setVisible(false);
            erase.setEnabled(false);
            if (person.required().isEmpty()) {
                return;
            }
            try {
                preview.setItems(erasure.preview(person.getValue().personId()));
                preview.setVisible(true);
                erase.setEnabled(true);
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        show.setId("erase-preview-button");
        person.addValueChangeListener(e -> {
            preview.setVisible(false);
            erase.setEnabled(false);
        });
        erase.addClickListener(e -> {
            var who = person.getValue();
            if (who == null) {
                return;
            }
            ConfirmDestructive.open("erase-dialog", getTranslation("privacy.erase.confirm.header", who.fullName()),
                getTranslation("privacy.erase.confirm.text"), getTranslation("privacy.erase.do"), getTranslation("privacy.cancel"), () -> {
                    try {
                        long rows = erasure.erase(who.personId(), verified.getValue());
                        Feedback.saved(this, "privacy.erase.done", who.fullName(), rows);
                        preview.setVisible(false);
                        erase.setEnabled(false);
                        person.clear();
                        verified.clear();
                    } catch (RuntimeException ex) {
                        if (!Feedback.explain(this, ex)) {
                            throw ex;
                        }
                    }
                });
        });
        HorizontalLayout form = new HorizontalLayout(person, show);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("privacy.erase.intro")), form, preview, verified, erase);
    }
}
