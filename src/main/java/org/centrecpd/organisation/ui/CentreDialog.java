package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import java.util.function.Consumer;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.service.ArrangementRow;
import org.centrecpd.organisation.service.CentreDetails;
import org.centrecpd.organisation.service.Choice;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.StructureService;

/**
 * One use case: a centre's own details (name, address, postcode), with who runs it from when for a
 * new centre. An existing centre's history of providers and groups is shown, and recommissioning
 * it is its own dialog ({@link RecommissionDialog}).
 */
class CentreDialog extends FormDialog {

    /** UK postcodes as people write them (with or without the space), e.g. EM4 7QT. */

    private final Binder<CentreFields> binder = new Binder<>(CentreFields.class);

    CentreDialog(CentreService centres, StructureService structure, CentreDetails details,
                 Consumer<CentreDetails> recommission, Runnable onChange) {
        super("", "");
        boolean isNew = details.id() == null;
        setHeaderTitle(isNew ? getTranslation("centres.new") : details.name());
        primaryButton().setText(getTranslation("action.save"));

        TextField name = new TextField(getTranslation("centre.name"));
        TextField address = new TextField(getTranslation("centre.address"));
        TextField postcode = new TextField(getTranslation("centre.postcode"));
        TextField reference = new TextField(getTranslation("centre.reference"));
        reference.setHelperText(getTranslation("centre.reference.help"));
        List<Choice> authorities = structure.authorityChoices();
        ComboBox<Choice> authority = new ComboBox<>(getTranslation("centre.localAuthority"));
        authority.setItems(authorities);
        authority.setItemLabelGenerator(Choice::name);
        authority.setReadOnly(!isNew);
        binder.forField(authority).asRequired(getTranslation("centre.localAuthority.required")).bind("localAuthority");
        binder.forField(name).asRequired(getTranslation("centre.name.required"))
            .withValidator(new StringLengthValidator(getTranslation("centre.name.tooLong"), 1, 200)).bind("name");
        binder.forField(address).withNullRepresentation("")
            .withValidator(new StringLengthValidator(getTranslation("centre.address.tooLong"), 0, 300)).bind("address");
        binder.forField(postcode).withNullRepresentation("")
            .withValidator(new RegexpValidator(getTranslation("centre.postcode.invalid"), Centre.POSTCODE)).bind("postcode");
        binder.forField(reference).withNullRepresentation("")
            .withValidator(new StringLengthValidator(getTranslation("centre.reference.tooLong"), 0, 40)).bind("reference");
        Choice current = authorities.stream().filter(a -> a.id() == (details.localAuthorityId() == null ? -1 : details.localAuthorityId()))
            .findFirst().orElse(null);
        binder.readRecord(new CentreFields(current, details.name(), details.address(), details.postcode(), details.reference()));
        add(new FormLayout(authority, name, address, postcode, reference));

        if (isNew) {
            ArrangementFields runBy = new ArrangementFields(this, structure, "centre.openedOn");
            authority.addValueChangeListener(e -> runBy.fill(e.getValue()));
            add(runBy.layout());
            onPrimary(() -> {
                CentreDetails opened = centres.open(details(details, binder.writeRecord()), runBy.requireProvider("centre.openedOn.required"),
                    runBy.groupId(), runBy.from());
                saying("saved.centre", opened.name());
            });
        } else {
            Grid<ArrangementRow> history = new Grid<>(ArrangementRow.class, false);
            history.addColumn(ArrangementRow::provider).setHeader(getTranslation("centre.provider"));
            history.addColumn(ArrangementRow::group).setHeader(getTranslation("centre.group"));
            history.addColumn(r -> Dates.day(r.from(), getLocale())).setHeader(getTranslation("history.from"));
            history.addColumn(r -> r.until() == null ? getTranslation("history.now") : Dates.day(r.until(), getLocale()))
                .setHeader(getTranslation("history.until"));
            history.addColumn(ArrangementRow::reason).setHeader(getTranslation("history.reason")).setFlexGrow(2);
            history.setItems(centres.history(details.id()));
            history.setAllRowsVisible(true);
            history.setAriaLabel(getTranslation("centre.history"));
            history.setId("centre-history");
            Button recommissionButton = new Button(getTranslation("centre.recommission") + "…", e -> {
                close();
                recommission.accept(details);
            });
            add(new H3(getTranslation("centre.history")), history, recommissionButton);
            onPrimary(() -> {
                CentreDetails saved = centres.save(details(details, binder.writeRecord()));
                saying("saved.centre", saved.name());
            });
        }
        then(onChange);
    }

    private static CentreDetails details(CentreDetails opened, CentreFields fields) {
        return new CentreDetails(opened.id(), opened.version(), fields.localAuthority().id(), fields.name(), fields.address(),
            fields.postcode(), fields.reference());
    }

    /** Who runs a centre, in which group, from when: asked when a centre opens and when it is recommissioned. */
    static final class ArrangementFields {
        private final ComboBox<Choice> provider = new ComboBox<>();
        private final ComboBox<Choice> group = new ComboBox<>();
        private final DatePicker from = Dates.picker();
        private final StructureService structure;

        ArrangementFields(com.vaadin.flow.component.Component owner, StructureService structure, String fromKey) {
            this.structure = structure;
            provider.setLabel(owner.getTranslation("centre.provider"));
            provider.setItemLabelGenerator(Choice::name);
            provider.setRequiredIndicatorVisible(true);
            provider.setErrorMessage(owner.getTranslation("centre.provider.required"));
            group.setLabel(owner.getTranslation("centre.group"));
            group.setItemLabelGenerator(Choice::name);
            group.setClearButtonVisible(true);
            from.setLabel(owner.getTranslation(fromKey));
            from.setRequiredIndicatorVisible(true);
        }

        void fill(Choice authority) {
            provider.setItems(authority == null ? List.of() : structure.providersOf(authority.id()));
            group.setItems(authority == null ? List.of() : structure.groupsOf(authority.id()));
        }

        void fill(long authorityId) {
            provider.setItems(structure.providersOf(authorityId));
            group.setItems(structure.groupsOf(authorityId));
        }

        FormLayout layout(com.vaadin.flow.component.Component... more) {
            FormLayout form = new FormLayout(provider, group, from);
            form.add(more);
            return form;
        }

        /** The chosen provider's id; marks what is missing and refuses with a message naming it. */
        long requireProvider(String fromMissingKey) {
            provider.setInvalid(provider.isEmpty());
            from.setInvalid(from.isEmpty());
            if (provider.isEmpty()) {
                throw new RuleViolation("centre.provider.required");
            }
            if (from.isEmpty()) {
                throw new RuleViolation(fromMissingKey);
            }
            return provider.getValue().id();
        }

        Long groupId() { return group.isEmpty() ? null : group.getValue().id(); }
        java.time.LocalDate from() { return from.getValue(); }
    }
}
