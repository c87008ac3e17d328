package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.service.Choice;
import org.centrecpd.organisation.service.PersonDetails;
import org.centrecpd.organisation.service.RemitRow;
import org.centrecpd.organisation.service.Remits;
import org.centrecpd.organisation.service.StructureService;

/** One use case: what an improvement partner oversees (whole authorities or single groups), and adding to it. */
class RemitDialog extends FormDialog {

    RemitDialog(Remits remits, StructureService structure, PersonDetails partner) {
        super("", "");
        setHeaderTitle(getTranslation("remit.title") + ": " + partner.fullName());
        primaryButton().setText(getTranslation("remit.add"));
        Grid<RemitRow> remit = new Grid<>(RemitRow.class, false);
        remit.addColumn(RemitRow::name).setHeader(getTranslation("remit.what"));
        remit.addColumn(r -> Dates.day(r.from(), getLocale())).setHeader(getTranslation("history.from"));
        remit.addColumn(r -> r.until() == null ? getTranslation("history.now") : Dates.day(r.until(), getLocale()))
            .setHeader(getTranslation("history.until"));
        remit.setItems(remits.remit(partner.id()));
        remit.setAllRowsVisible(true);
        remit.setAriaLabel(getTranslation("remit.title"));
        remit.setId("remit");
        ComboBox<Choice> authority = new ComboBox<>(getTranslation("remit.authority"));
        authority.setItems(structure.authorityChoices());
        authority.setItemLabelGenerator(Choice::name);
        ComboBox<Choice> group = new ComboBox<>(getTranslation("remit.group"));
        group.setItemLabelGenerator(Choice::name);
        group.setClearButtonVisible(true);
        authority.addValueChangeListener(e -> group.setItems(e.getValue() == null ? List.of() : structure.groupsOf(e.getValue().id())));
        DatePicker from = Dates.picker(getTranslation("history.from"));
        add(new H3(getTranslation("remit.title")), remit, new FormLayout(authority, group, from));
        onPrimary(() -> {
            if (authority.isEmpty() || from.isEmpty()) {
                throw new RuleViolation("remit.incomplete");
            }
            remits.addToRemit(partner.id(), group.isEmpty() ? authority.getValue().id() : null,
                group.isEmpty() ? null : group.getValue().id(), from.getValue());
        });
        saying("saved.generic");
    }
}
