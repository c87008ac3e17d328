package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.SaveButton;
import org.centrecpd.base.ui.Lazy;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.domain.Person;
import org.centrecpd.organisation.service.CentreRow;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.EmploymentRow;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.RemitRow;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.organisation.domain.CentreGroup;
import org.centrecpd.organisation.domain.LocalAuthority;
import org.centrecpd.security.AccountService;
import org.centrecpd.security.Role;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

/** Edit a person; see where they have worked; move them to another centre from a date. */
class PersonDialog extends Dialog {

    private final PeopleService people;
    private final Runnable onChange;
    private final BeanValidationBinder<Person> binder = new BeanValidationBinder<>(Person.class);
    private final Person person;

    PersonDialog(PeopleService people, CentreService centres, StructureService structure, AccountService accounts,
                 Person existing, Runnable onChange) {
        this.people = people;
        this.onChange = onChange;
        this.person = existing == null ? new Person() : existing;
        setHeaderTitle(existing == null ? getTranslation("people.new") : existing.getFullName());
        setWidth("min(48rem, 100vw)");

        TextField name = new TextField(getTranslation("person.name"));
        EmailField email = new EmailField(getTranslation("person.email"));
        ComboBox<JobRole> jobRole = jobRoles(getTranslation("person.jobRole"));
        binder.forField(name).asRequired(getTranslation("person.name.required")).bind("fullName");
        binder.forField(email).asRequired(getTranslation("person.email.required")).bind("email");
        binder.forField(jobRole).asRequired(getTranslation("person.jobRole.required")).bind("jobRole");
        binder.readBean(person);
        add(new FormLayout(name, email, jobRole));

        if (existing != null) {
            Grid<EmploymentRow> history = new Grid<>(EmploymentRow.class, false);
            history.addColumn(EmploymentRow::centre).setHeader(getTranslation("person.centre"));
            history.addColumn(r -> getTranslation(r.jobRole().key())).setHeader(getTranslation("person.jobRole"));
            history.addColumn(r -> Dates.day(r.start(), getLocale())).setHeader(getTranslation("history.from"));
            history.addColumn(r -> r.end() == null ? getTranslation("history.now") : Dates.day(r.end(), getLocale()))
                .setHeader(getTranslation("history.until"));
            history.setItems(people.employmentHistory(existing.getId()));
            history.setAllRowsVisible(true);
            history.setAriaLabel(getTranslation("person.employment"));

            ComboBox<CentreRow> centre = new ComboBox<>(getTranslation("person.move.centre"));
            centre.setItems(q -> centres.rows(q.getFilter().orElse(""), Lazy.page(q)).stream());
            centre.setItemLabelGenerator(c -> c.name() + " (" + c.localAuthority() + ")");
            ComboBox<JobRole> newRole = jobRoles(getTranslation("person.jobRole"));
            newRole.setValue(existing.getJobRole());
            DatePicker from = new DatePicker(getTranslation("person.move.from"));
            Button move = new Button(getTranslation("person.move"), e -> {
                if (centre.isEmpty() || from.isEmpty() || newRole.isEmpty()) {
                    Feedback.problem(this, getTranslation("person.move.incomplete"));
                    return;
                }
                try {
                    people.moveTo(existing.getId(), centre.getValue().id(), newRole.getValue(), from.getValue());
                    Feedback.saved(this, "saved.moved", existing.getFullName(), centre.getValue().name());
                    onChange.run();
                    close();
                } catch (RuntimeException ex) {
                    if (!Feedback.explain(this, ex)) {
                        throw ex;
                    }
                }
            });
            add(new H3(getTranslation("person.employment")), history,
                new H3(getTranslation("person.move")), new FormLayout(centre, newRole, from), move);
            addSignIn(accounts, existing);
            if (existing.getJobRole() == JobRole.IMPROVEMENT_PARTNER) {
                addRemit(structure, existing);
            }
        }

        Button save = new SaveButton(getTranslation("action.save"), this::save);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Who may sign in, and as what: a first password the admin hands over. */
    private void addSignIn(AccountService accounts, Person existing) {
        add(new H3(getTranslation("account.title")));
        var role = accounts.roleOf(existing.getId());
        if (role.isPresent()) {
            add(new Paragraph(getTranslation("account.has", getTranslation("role." + role.get().name()))));
            return;
        }
        ComboBox<Role> newRole = new ComboBox<>(getTranslation("account.role"));
        newRole.setItems(Role.values());
        newRole.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        newRole.setValue(existing.getJobRole() == JobRole.CENTRE_MANAGER ? Role.CENTRE_MANAGER
            : existing.getJobRole() == JobRole.IMPROVEMENT_PARTNER ? Role.IMPROVEMENT_PARTNER : Role.PRACTITIONER);
        PasswordField password = new PasswordField(getTranslation("account.firstPassword"));
        password.setHelperText(getTranslation("account.firstPassword.help"));
        Button grant = new Button(getTranslation("account.grant"), e -> {
            try {
                accounts.grantSignIn(existing.getId(), existing.getEmail(), existing.getFullName(), newRole.getValue(), password.getValue());
                Feedback.saved(this, "saved.account", existing.getFullName());
                close();
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        add(new FormLayout(newRole, password), grant);
    }

    /** An improvement partner oversees whole authorities or single centre groups. */
    private void addRemit(StructureService structure, Person partner) {
        Grid<RemitRow> remit = new Grid<>(RemitRow.class, false);
        remit.addColumn(RemitRow::name).setHeader(getTranslation("remit.what"));
        remit.addColumn(r -> Dates.day(r.from(), getLocale())).setHeader(getTranslation("history.from"));
        remit.addColumn(r -> r.until() == null ? getTranslation("history.now") : Dates.day(r.until(), getLocale()))
            .setHeader(getTranslation("history.until"));
        remit.setItems(people.remit(partner.getId()));
        remit.setAllRowsVisible(true);
        remit.setAriaLabel(getTranslation("remit.title"));
        remit.setId("remit");
        ComboBox<LocalAuthority> authority = new ComboBox<>(getTranslation("remit.authority"));
        authority.setItems(structure.authorities());
        authority.setItemLabelGenerator(LocalAuthority::getName);
        ComboBox<CentreGroup> group = new ComboBox<>(getTranslation("remit.group"));
        group.setItemLabelGenerator(CentreGroup::getName);
        group.setClearButtonVisible(true);
        authority.addValueChangeListener(e -> group.setItems(e.getValue() == null ? List.of() : structure.groupsOf(e.getValue())));
        DatePicker from = new DatePicker(getTranslation("history.from"));
        Button addRemit = new Button(getTranslation("remit.add"), e -> {
            if (authority.isEmpty() || from.isEmpty()) {
                Feedback.problem(this, getTranslation("remit.incomplete"));
                return;
            }
            try {
                people.addToRemit(partner.getId(), group.isEmpty() ? authority.getValue().getId() : null,
                    group.isEmpty() ? null : group.getValue().getId(), from.getValue());
                remit.setItems(people.remit(partner.getId()));
                Feedback.saved(this, "saved.generic");
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        add(new H3(getTranslation("remit.title")), remit, new FormLayout(authority, group, from), addRemit);
    }

    private ComboBox<JobRole> jobRoles(String label) {
        ComboBox<JobRole> box = new ComboBox<>(label);
        box.setItems(List.of(JobRole.values()));
        box.setItemLabelGenerator(r -> getTranslation(r.key()));
        return box;
    }

    private void save() {
        try {
            binder.writeBean(person);
            people.save(person);
            Feedback.saved(this, "saved.person", person.getFullName());
            onChange.run();
            close();
        } catch (ValidationException invalid) {
            // the fields show what is wrong
        } catch (RuntimeException e) {
            if (!Feedback.explain(this, e)) {
                throw e;
            }
        }
    }
}
