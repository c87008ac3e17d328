package org.centrecpd.briefings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.briefings.BriefingStatus;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.briefings.service.BriefingForm;
import org.centrecpd.briefings.service.BriefingFiles;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.security.Role;

/**
 * An admin writes a briefing: the notice, whom it is for (any mix of authorities, providers, groups, centres
 * and job roles), the count of people it reaches as at its publication date, then publishes it (or schedules it
 * for a later date). A published briefing is revised (its recipients are told) or withdrawn.
 */
@Route("briefings/edit/:briefingId?")
@RolesAllowed(Role.ADMIN_NAME)
public class BriefingEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BriefingService briefings;
    private final ComboBox<Rows.Choice> authority = new ComboBox<>();
    private final TextField reference = new TextField();
    private final TextField title = new TextField();
    private final DatePicker publication = Dates.picker();
    private final TextField contact = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final RadioButtonGroup<BriefingKind> kind = new RadioButtonGroup<>();
    private final DatePicker actionDue = Dates.picker();
    private final TextArea body = new TextArea();
    private final AudiencePicker audience;
    private final Paragraph reach = new Paragraph();
    private final BriefingService.Places places;
    private final BriefingFiles files;
    private Long id;
    private Long version;
    private BriefingStatus status = BriefingStatus.DRAFT;

    public BriefingEditView(BriefingService briefings, BriefingFiles files) {
        this.briefings = briefings;
        this.files = files;
        this.places = briefings.places();
        this.audience = new AudiencePicker(places);
        setId("briefing-edit");
        label(authority, "briefings.authority", "briefing-authority");
        authority.setItems(places.authorities());
        authority.setItemLabelGenerator(Rows.Choice::name);
        reference.setLabel(getTranslation("briefings.reference"));
        reference.setHelperText(getTranslation("briefings.reference.help"));
        reference.setMaxLength(20);
        reference.setId("briefing-reference");
        title.setLabel(getTranslation("briefings.title"));
        title.setMaxLength(300);
        title.setWidthFull();
        title.setId("briefing-title");
        publication.setLabel(getTranslation("briefings.publicationDate"));
        publication.setHelperText(getTranslation("briefings.publicationDate.help"));
        publication.setLocale(getLocale());
        publication.setId("briefing-date");
        contact.setLabel(getTranslation("briefings.contact"));
        contact.setId("briefing-contact");
        contactEmail.setLabel(getTranslation("briefings.contactEmail"));
        contactEmail.setId("briefing-contact-email");
        kind.setLabel(getTranslation("briefings.kind"));
        kind.setItems(BriefingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setValue(BriefingKind.INFORMATION);
        kind.setId("briefing-kind");
        actionDue.setLabel(getTranslation("briefings.actionDue"));
        actionDue.setLocale(getLocale());
        actionDue.setId("briefing-action-due");
        body.setLabel(getTranslation("briefings.body"));
        body.setHelperText(getTranslation("briefings.body.help"));
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setMaxLength(100000);
        body.setId("briefing-body");
        reach.setId("briefing-reach");
        kind.addValueChangeListener(e -> actionDue.setVisible(e.getValue() == BriefingKind.ACTION_REQUIRED));
        actionDue.setVisible(false);
    }

    private void label(ComboBox<Rows.Choice> box, String key, String id) {
        box.setLabel(getTranslation(key));
        box.setId(id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("briefingId").orElse(null);
        removeAll();
        if (id != null) {
            var editing = briefings.editing(id);
            version = editing.version();
            status = editing.status();
            BriefingForm f = editing.form();
            authority.setValue(find(places.authorities(), f.authorityId()));
            reference.setValue(f.reference());
            title.setValue(f.title());
            publication.setValue(f.publicationDate());
            contact.setValue(f.contactName());
            contactEmail.setValue(f.contactEmail() == null ? "" : f.contactEmail());
            kind.setValue(f.kind());
            actionDue.setValue(f.actionDue());
            body.setValue(f.body());
            audience.show(f);
        }
        boolean published = status == BriefingStatus.PUBLISHED;
        if (published) {
            add(new Paragraph(getTranslation("briefings.revise.intro")), title, body, actionDue);
            actionDue.setVisible(kind.getValue() == BriefingKind.ACTION_REQUIRED);
            Button revise = new Button(getTranslation("briefings.revise"), e -> run(() -> {
                briefings.revise(id, version, title.getValue(), body.getValue(), actionDue.getValue());
                back();
            }));
            revise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            revise.setId("briefing-revise");
            Button withdraw = new Button(getTranslation("briefings.withdraw"), e -> run(() -> {
                briefings.withdraw(id);
                back();
            }));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setId("briefing-withdraw");
            add(new HorizontalLayout(revise, withdraw));
            return;
        }
        authority.setReadOnly(id != null);
        add(new Paragraph(getTranslation("briefings.edit.intro")), new HorizontalLayout(authority, reference, publication), title,
            new HorizontalLayout(contact, contactEmail), new HorizontalLayout(kind, actionDue), body,
            audience, reach);
        Button save = new Button(getTranslation("briefings.saveDraft"), e -> run(() -> {
            saveDraft();
            Feedback.saved(this, "briefings.saved");
        }));
        save.setId("briefing-save");
        Button publish = new Button(getTranslation("briefings.publish"), e -> run(() -> {
            saveDraft();
            BriefingStatus result = briefings.publish(id);
            Feedback.saved(this, result == BriefingStatus.SCHEDULED ? "briefings.scheduled" : "briefings.publishedNow");
            back();
        }));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("briefing-publish");
        if (status == BriefingStatus.SCHEDULED) {
            Button withdraw = new Button(getTranslation("briefings.withdraw"), e -> run(() -> {
                briefings.withdraw(id);
                back();
            }));
            withdraw.setId("briefing-withdraw");
            add(new HorizontalLayout(save, publish, withdraw));
        } else {
            add(new HorizontalLayout(save, publish));
        }
        if (id != null) {
            add(new BriefingDocuments(files, id));
            showReach();
        } else {
            add(new Paragraph(getTranslation("briefings.files.saveFirst")));
        }
    }

    private void saveDraft() {
        if (authority.getValue() == null) {
            throw new org.centrecpd.base.RuleViolation("briefings.authority.missing");
        }
        id = briefings.save(id, version, new BriefingForm(authority.getValue().id(), reference.getValue(), title.getValue(),
            publication.getValue(), contact.getValue(), contactEmail.getValue(), kind.getValue(), actionDue.getValue(), body.getValue(),
            audience.authorities(), audience.providers(), audience.groups(), audience.centres(), audience.roles()));
        version = briefings.editing(id).version();
        showReach();
    }

    private void showReach() {
        reach.setText(getTranslation("briefings.reach", briefings.preview(id)));
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ex) {
            if (!Feedback.explain(this, ex)) {
                throw ex;
            }
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(BriefingView.class, new RouteParameters("briefingId", String.valueOf(id))));
    }

    private static Rows.Choice find(List<Rows.Choice> all, long id) {
        return all.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "briefings.new" : "briefings.edit");
    }
}
