package org.centrecpd.organisation.ui;

import org.centrecpd.base.EmailAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.EmploymentRow;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.PersonDetails;

/**
 * One use case: edit a person's details (name, e-mail, job). For someone who exists it also shows
 * where they have worked and leads to the other things an admin does with a person, each in its
 * own dialog: move them ({@link MoveDialog}), give a sign-in ({@link SignInDialog}), and for an
 * improvement partner, their remit ({@link RemitDialog}).
 */
class PersonDialog extends FormDialog {

    private final Binder<PersonFields> binder = new Binder<>(PersonFields.class);

    PersonDialog(PeopleService people, PersonDetails details, PersonActions actions, Runnable onChange) {
        super(details.id() == null ? "" : details.fullName(), "");
        setHeaderTitle(details.id() == null ? getTranslation("people.new") : details.fullName());
        primaryButton().setText(getTranslation("action.save"));

        TextField name = new TextField(getTranslation("person.name"));
        EmailField email = new EmailField(getTranslation("person.email"));
        ComboBox<JobRole> jobRole = jobRoles(this, getTranslation("person.jobRole"));
        binder.forField(name).asRequired(getTranslation("person.name.required"))
            .withValidator(new StringLengthValidator(getTranslation("person.name.required"), 1, 200)).bind("fullName");
        binder.forField(email).asRequired(getTranslation("person.email.required"))
            .withValidator(EmailAddress::isValid, getTranslation("person.email.invalid")).bind("email");
        binder.forField(jobRole).asRequired(getTranslation("person.jobRole.required")).bind("jobRole");
        binder.readRecord(new PersonFields(details.fullName(), details.email(), details.jobRole()));
        add(new FormLayout(name, email, jobRole));

        onPrimary(() -> {
            PersonFields fields = binder.writeRecord();
            PersonDetails saved = people.save(
                new PersonDetails(details.id(), details.version(), fields.fullName(), fields.email(), fields.jobRole()));
            saying("saved.person", saved.fullName());
        });
        then(onChange);

        if (details.id() != null) {
            Grid<EmploymentRow> history = new Grid<>(EmploymentRow.class, false);
            history.addColumn(EmploymentRow::centre).setHeader(getTranslation("person.centre"));
            history.addColumn(r -> getTranslation(r.jobRole().key())).setHeader(getTranslation("person.jobRole"));
            history.addColumn(r -> Dates.day(r.start(), getLocale())).setHeader(getTranslation("history.from"));
            history.addColumn(r -> r.end() == null ? getTranslation("history.now") : Dates.day(r.end(), getLocale()))
                .setHeader(getTranslation("history.until"));
            history.setItems(people.employmentHistory(details.id()));
            history.setAllRowsVisible(true);
            history.setAriaLabel(getTranslation("person.employment"));
            HorizontalLayout more = new HorizontalLayout();
            more.setWrap(true);
            more.add(new Button(getTranslation("person.move") + "…", e -> actions.move(details)));
            more.add(new Button(getTranslation("account.title") + "…", e -> actions.signIn(details)));
            if (details.jobRole() == JobRole.IMPROVEMENT_PARTNER) {
                more.add(new Button(getTranslation("remit.title") + "…", e -> actions.remit(details)));
            }
            add(new H3(getTranslation("person.employment")), history, more);
        }
    }

    static ComboBox<JobRole> jobRoles(com.vaadin.flow.component.Component owner, String label) {
        ComboBox<JobRole> box = new ComboBox<>(label);
        box.setItems(List.of(JobRole.values()));
        box.setItemLabelGenerator(r -> owner.getTranslation(r.key()));
        return box;
    }

    /** The other dialogs a person's dialog leads to (the view opens them). */
    interface PersonActions {
        void move(PersonDetails person);

        void signIn(PersonDetails person);

        void remit(PersonDetails person);
    }
}
