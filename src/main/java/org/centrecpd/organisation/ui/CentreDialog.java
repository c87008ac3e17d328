package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDate;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.SaveButton;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.organisation.domain.CentreGroup;
import org.centrecpd.organisation.domain.LocalAuthority;
import org.centrecpd.organisation.domain.Provider;
import org.centrecpd.organisation.service.ArrangementRow;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.StructureService;

/**
 * Edit a centre, see who has run it, and recommission it (new provider and/or group from a date).
 * For a new centre it asks who runs it from when.
 */
class CentreDialog extends Dialog {

    private final CentreService centres;
    private final Runnable onChange;
    private final BeanValidationBinder<Centre> binder = new BeanValidationBinder<>(Centre.class);
    private final ComboBox<LocalAuthority> authority = new ComboBox<>();
    private final ComboBox<Provider> provider = new ComboBox<>();
    private final ComboBox<CentreGroup> group = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final TextField reason = new TextField();
    private final Centre centre;

    CentreDialog(CentreService centres, StructureService structure, Centre existing, Runnable onChange) {
        this.centres = centres;
        this.onChange = onChange;
        this.centre = existing == null ? new Centre() : existing;
        boolean isNew = existing == null;
        setHeaderTitle(isNew ? getTranslation("centres.new") : existing.getName());
        setWidth("min(48rem, 100vw)");

        TextField name = new TextField(getTranslation("centre.name"));
        TextField address = new TextField(getTranslation("centre.address"));
        TextField postcode = new TextField(getTranslation("centre.postcode"));
        authority.setLabel(getTranslation("centre.localAuthority"));
        authority.setItems(structure.authorities());
        authority.setItemLabelGenerator(LocalAuthority::getName);
        authority.setReadOnly(!isNew);
        binder.forField(authority).asRequired(getTranslation("centre.localAuthority.required"))
            .bind(Centre::getLocalAuthority, Centre::setLocalAuthority);
        binder.forField(name).asRequired(getTranslation("centre.name.required")).bind("name");
        binder.forField(address).bind("address");
        binder.forField(postcode).bind("postcode");
        binder.readBean(centre);

        provider.setLabel(getTranslation("centre.provider"));
        provider.setItemLabelGenerator(Provider::getName);
        provider.setRequiredIndicatorVisible(true);
        group.setLabel(getTranslation("centre.group"));
        group.setItemLabelGenerator(CentreGroup::getName);
        group.setClearButtonVisible(true);
        from.setLabel(getTranslation(isNew ? "centre.openedOn" : "centre.recommission.from"));
        from.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("centre.recommission.reason"));
        authority.addValueChangeListener(e -> fillChoices(structure, e.getValue()));
        if (!isNew) {
            fillChoices(structure, centre.getLocalAuthority());
        }

        FormLayout form = new FormLayout(authority, name, address, postcode);
        add(form);
        if (isNew) {
            add(new FormLayout(provider, group, from));
        } else {
            Grid<ArrangementRow> history = new Grid<>(ArrangementRow.class, false);
            history.addColumn(ArrangementRow::provider).setHeader(getTranslation("centre.provider"));
            history.addColumn(ArrangementRow::group).setHeader(getTranslation("centre.group"));
            history.addColumn(r -> Dates.day(r.from(), getLocale())).setHeader(getTranslation("history.from"));
            history.addColumn(r -> r.until() == null ? getTranslation("history.now") : Dates.day(r.until(), getLocale()))
                .setHeader(getTranslation("history.until"));
            history.setItems(centres.history(centre.getId()));
            history.setAllRowsVisible(true);
            history.setAriaLabel(getTranslation("centre.history"));
            Button recommission = new Button(getTranslation("centre.recommission"), e -> recommission());
            add(new H3(getTranslation("centre.history")), history,
                new H3(getTranslation("centre.recommission")), new FormLayout(provider, group, from, reason), recommission);
        }

        Button save = new SaveButton(getTranslation("action.save"), () -> save(isNew));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void fillChoices(StructureService structure, LocalAuthority la) {
        provider.setItems(la == null ? java.util.List.of() : structure.providersOf(la));
        group.setItems(la == null ? java.util.List.of() : structure.groupsOf(la));
    }

    private void save(boolean isNew) {
        try {
            binder.writeBean(centre);
            if (isNew) {
                if (provider.isEmpty() || from.isEmpty()) {
                    provider.setInvalid(provider.isEmpty());
                    provider.setErrorMessage(getTranslation("centre.provider.required"));
                    from.setInvalid(from.isEmpty());
                    from.setErrorMessage(getTranslation("centre.openedOn.required"));
                    return;
                }
                centres.open(centre, provider.getValue().getId(),
                    group.isEmpty() ? null : group.getValue().getId(), from.getValue());
            } else {
                centres.save(centre);
            }
            Feedback.saved(this, "saved.centre", centre.getName());
            onChange.run();
            close();
        } catch (ValidationException invalid) {
            // Binder already marks the fields with their messages.
        } catch (RuntimeException e) {
            if (!Feedback.explain(this, e)) {
                throw e;
            }
        }
    }

    private void recommission() {
        if (provider.isEmpty() || from.isEmpty()) {
            provider.setInvalid(provider.isEmpty());
            provider.setErrorMessage(getTranslation("centre.provider.required"));
            from.setInvalid(from.isEmpty());
            from.setErrorMessage(getTranslation("centre.recommission.from.required"));
            return;
        }
        try {
            LocalDate date = from.getValue();
            centres.recommission(centre.getId(), provider.getValue().getId(),
                group.isEmpty() ? null : group.getValue().getId(), date, reason.getValue());
            Feedback.saved(this, "saved.recommissioned", centre.getName(), Dates.day(date, getLocale()));
            onChange.run();
            close();
        } catch (RuntimeException e) {
            if (!Feedback.explain(this, e)) {
                throw e;
            }
        }
    }
}
