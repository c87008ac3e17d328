package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.base.ui.Lazy;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.domain.CentreRow;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.organisation.service.PersonDetails;

/** One use case: a person starts work at another centre from a date; their records go with them. */
class MoveDialog extends FormDialog {

    MoveDialog(Workplaces workplaces, CentreService centres, PersonDetails person, Runnable onChange) {
        super("", "");
        setHeaderTitle(getTranslation("person.move") + ": " + person.fullName());
        primaryButton().setText(getTranslation("person.move"));
        ComboBox<CentreRow> centre = new ComboBox<>(getTranslation("person.move.centre"));
        centre.setItems(q -> centres.rows(q.getFilter().orElse(""), Lazy.page(q)).stream());
        centre.setItemLabelGenerator(c -> c.name() + " (" + c.localAuthority() + ")");
        centre.setRequiredIndicatorVisible(true);
        ComboBox<JobRole> role = PersonDialog.jobRoles(this, getTranslation("person.jobRole"));
        role.setValue(person.jobRole());
        role.setRequiredIndicatorVisible(true);
        DatePicker from = Dates.picker(getTranslation("person.move.from"));
        from.setRequiredIndicatorVisible(true);
        add(new FormLayout(centre, role, from));
        onPrimary(() -> {
            if (centre.isEmpty() || from.isEmpty() || role.isEmpty()) {
                centre.setInvalid(centre.isEmpty());
                from.setInvalid(from.isEmpty());
                role.setInvalid(role.isEmpty());
                throw new org.centrecpd.base.RuleViolation("person.move.incomplete");
            }
            workplaces.moveTo(person.id(), centre.getValue().id(), role.getValue(), from.getValue());
            saying("saved.moved", person.fullName(), centre.getValue().name());
        });
        then(onChange);
    }
}
