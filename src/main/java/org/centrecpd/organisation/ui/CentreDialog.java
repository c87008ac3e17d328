package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.function.Consumer;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.organisation.domain.CentreGroup;
import org.centrecpd.organisation.domain.LocalAuthority;
import org.centrecpd.organisation.domain.Provider;
import org.centrecpd.organisation.service.ArrangementRow;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.StructureService;

/**
 * One use case: a centre's own details (name, address, postcode), with who runs it from when for a
 * new centre. An existing centre's history of providers and groups is shown, and recommissioning
 * it is its own dialog ({@link RecommissionDialog}).
 */
class CentreDialog extends FormDialog {

    private final BeanValidationBinder<Centre> binder = new BeanValidationBinder<>(Centre.class);

    CentreDialog(CentreService centres, StructureService structure, Centre existing, Consumer<Centre> recommission,
                 Runnable onChange) {
        super("", "");
        Centre centre = existing == null ? new Centre() : existing;
        boolean isNew = existing == null;
        setHeaderTitle(isNew ? getTranslation("centres.new") : existing.getName());
        primaryButton().setText(getTranslation("action.save"));

        TextField name = new TextField(getTranslation("centre.name"));
        TextField address = new TextField(getTranslation("centre.address"));
        TextField postcode = new TextField(getTranslation("centre.postcode"));
        ComboBox<LocalAuthority> authority = new ComboBox<>(getTranslation("centre.localAuthority"));
        authority.setItems(structure.authorities());
        authority.setItemLabelGenerator(LocalAuthority::getName);
        authority.setReadOnly(!isNew);
        binder.forField(authority).asRequired(getTranslation("centre.localAuthority.required"))
            .bind(Centre::getLocalAuthority, Centre::setLocalAuthority);
        binder.forField(name).asRequired(getTranslation("centre.name.required")).bind("name");
        binder.forField(address).bind("address");
        binder.forField(postcode).bind("postcode");
        binder.readBean(centre);
        add(new FormLayout(authority, name, address, postcode));

        if (isNew) {
            ArrangementFields runBy = new ArrangementFields(this, structure, "centre.openedOn");
            authority.addValueChangeListener(e -> runBy.fill(e.getValue()));
            add(runBy.layout());
            onPrimary(() -> {
                binder.writeBean(centre);
                runBy.requireComplete("centre.openedOn.required");
                centres.open(centre, runBy.provider().getId(), runBy.groupId(), runBy.from());
            });
        } else {
            Grid<ArrangementRow> history = new Grid<>(ArrangementRow.class, false);
            history.addColumn(ArrangementRow::provider).setHeader(getTranslation("centre.provider"));
            history.addColumn(ArrangementRow::group).setHeader(getTranslation("centre.group"));
            history.addColumn(r -> Dates.day(r.from(), getLocale())).setHeader(getTranslation("history.from"));
            history.addColumn(r -> r.until() == null ? getTranslation("history.now") : Dates.day(r.until(), getLocale()))
                .setHeader(getTranslation("history.until"));
            history.addColumn(ArrangementRow::reason).setHeader(getTranslation("history.reason")).setFlexGrow(2);
            history.setItems(centres.history(centre.getId()));
            history.setAllRowsVisible(true);
            history.setAriaLabel(getTranslation("centre.history"));
            history.setId("centre-history");
            Button recommissionButton = new Button(getTranslation("centre.recommission") + "…", e -> {
                close();
                recommission.accept(centre);
            });
            add(new H3(getTranslation("centre.history")), history, recommissionButton);
            onPrimary(() -> {
                binder.writeBean(centre);
                centres.save(centre);
            });
        }
        saying("saved.centre", centre.getName());
        then(onChange);
    }

    /** Who runs a centre, in which group, from when: asked when a centre opens and when it is recommissioned. */
    static final class ArrangementFields {
        private final ComboBox<Provider> provider = new ComboBox<>();
        private final ComboBox<CentreGroup> group = new ComboBox<>();
        private final DatePicker from = new DatePicker();
        private final StructureService structure;

        ArrangementFields(com.vaadin.flow.component.Component owner, StructureService structure, String fromKey) {
            this.structure = structure;
            provider.setLabel(owner.getTranslation("centre.provider"));
            provider.setItemLabelGenerator(Provider::getName);
            provider.setRequiredIndicatorVisible(true);
            provider.setErrorMessage(owner.getTranslation("centre.provider.required"));
            group.setLabel(owner.getTranslation("centre.group"));
            group.setItemLabelGenerator(CentreGroup::getName);
            group.setClearButtonVisible(true);
            from.setLabel(owner.getTranslation(fromKey));
            from.setRequiredIndicatorVisible(true);
        }

        void fill(LocalAuthority la) {
            provider.setItems(la == null ? List.of() : structure.providersOf(la));
            group.setItems(la == null ? List.of() : structure.groupsOf(la));
        }

        FormLayout layout(com.vaadin.flow.component.Component... more) {
            FormLayout form = new FormLayout(provider, group, from);
            form.add(more);
            return form;
        }

        /** Marks what is missing and refuses with a message naming it. */
        void requireComplete(String fromMissingKey) {
            provider.setInvalid(provider.isEmpty());
            from.setInvalid(from.isEmpty());
            if (provider.isEmpty()) {
                throw new RuleViolation("centre.provider.required");
            }
            if (from.isEmpty()) {
                throw new RuleViolation(fromMissingKey);
            }
        }

        Provider provider() { return provider.getValue(); }
        Long groupId() { return group.isEmpty() ? null : group.getValue().getId(); }
        java.time.LocalDate from() { return from.getValue(); }
    }
}
