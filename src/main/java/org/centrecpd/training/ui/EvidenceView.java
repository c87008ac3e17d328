package org.centrecpd.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.ConfirmDestructive;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.journal.service.ReflectionChoice;
import org.centrecpd.training.domain.EvidenceRow;
import org.centrecpd.training.service.EvidenceForm;
import org.centrecpd.training.service.EvidenceService;

/**
 * Learning done elsewhere: I record it (with a certificate file if I have one) and see where it stands; a line manager
 * reviews their staff's evidence here too ({@link EvidenceReviews}).
 */
@Route("training/evidence")
@Menu(title = "training.evidence.title", order = 6, icon = "vaadin:diploma")
@PermitAll
public class EvidenceView extends VerticalLayout implements HasDynamicTitle {

    private final EvidenceService evidence;
    private final TextField title = new TextField();
    private final TextField provider = new TextField();
    private final DatePicker completedOn = Dates.picker();
    private final BigDecimalField hours = new BigDecimalField();
    private final MultiSelectComboBox<CorePurposeArea> areas = new MultiSelectComboBox<>();
    private final ComboBox<ReflectionChoice> reflection = new ComboBox<>();
    private final Button save = new Button();
    private final Button stopChanging = new Button();
    /** The evidence being changed after it was sent back; null: recording new evidence. */
    private Long changing;
    private final Grid<EvidenceRow> mine = new Grid<>(EvidenceRow.class, false);
    private final EvidenceReviews reviews;
    private volatile EvidenceForm.Upload certificate;

    public EvidenceView(EvidenceService evidence) {
        this.evidence = evidence;
        this.reviews = new EvidenceReviews(evidence, this::refresh);
        setSizeFull();
        title.setLabel(getTranslation("training.evidence.field.title"));
        title.setId("evidence-title");
        title.setRequiredIndicatorVisible(true);
        provider.setLabel(getTranslation("training.evidence.field.provider"));
        provider.setId("evidence-provider");
        provider.setRequiredIndicatorVisible(true);
        completedOn.setLabel(getTranslation("training.evidence.field.date"));
        completedOn.setId("evidence-date");
        completedOn.setLocale(getLocale());
        completedOn.setRequiredIndicatorVisible(true);
        hours.setLabel(getTranslation("training.evidence.field.hours"));
        hours.setId("evidence-hours");
        hours.setRequiredIndicatorVisible(true);
        areas.setLabel(getTranslation("training.evidence.field.areas"));
        areas.setItems(CorePurposeArea.values());
        areas.setItemLabelGenerator(a -> getTranslation(a.key()));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
            certificate = new EvidenceForm.Upload(metadata.fileName(), metadata.contentType(), data)));
        upload.setMaxFileSize(EvidenceForm.MAX_FILE_BYTES);
        upload.setId("evidence-certificate");
        upload.getElement().setAttribute("aria-label", getTranslation("training.evidence.field.certificate"));
        // Only my own journal entries are offered (the journal answers for its author alone), searched as I type.
        reflection.setLabel(getTranslation("training.evidence.field.reflection"));
        reflection.setHelperText(getTranslation("training.evidence.field.reflection.help"));
        reflection.setId("evidence-reflection");
        reflection.setClearButtonVisible(true);
        reflection.setItems(query -> evidence.myReflections(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        reflection.setItemLabelGenerator(r -> getTranslation("training.evidence.reflectionOf",
            r.title() == null || r.title().isBlank() ? getTranslation("training.evidence.untitled") : r.title(),
            Dates.day(r.createdAt().toLocalDate(), getLocale())));
        save.setText(getTranslation("training.evidence.save"));
        save.addClickListener(e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("evidence-save");
        stopChanging.setText(getTranslation("training.evidence.stopChanging"));
        stopChanging.addClickListener(e -> clearForm());
        stopChanging.setVisible(false);
        FormLayout form = new FormLayout(title, provider, completedOn, hours, areas, reflection,
            new VerticalLayout(new Span(getTranslation("training.evidence.field.certificate")), upload));

        mine.addColumn(EvidenceRow::title).setHeader(getTranslation("training.evidence.field.title")).setFlexGrow(2);
        mine.addColumn(EvidenceRow::provider).setHeader(getTranslation("training.evidence.field.provider"));
        mine.addColumn(r -> Dates.day(r.completedOn(), getLocale())).setHeader(getTranslation("training.evidence.field.date"));
        mine.addColumn(r -> r.cpdHours().stripTrailingZeros().toPlainString()).setHeader(getTranslation("training.evidence.field.hours"));
        mine.addColumn(r -> getTranslation("training.evidence.status." + r.status().name())
                + (r.reviewComment() == null ? "" : ": " + r.reviewComment())
                + (r.courseTitle() == null ? "" : " (" + getTranslation("training.evidence.countsAs", r.courseTitle()) + ")"))
            .setHeader(getTranslation("training.status")).setFlexGrow(2);
        mine.addComponentColumn(r -> CertificateLink.of(this, evidence, r)).setHeader(getTranslation("training.evidence.field.certificate"));
        mine.addComponentColumn(this::myActions).setHeader(getTranslation("training.actions")).setFlexGrow(2);
        mine.setAriaLabel(getTranslation("training.evidence.grid"));
        mine.setId("evidence-mine");
        mine.setAllRowsVisible(true);

        add(form, new HorizontalLayout(save, stopChanging), new H2(getTranslation("training.evidence.mine")), mine, reviews);
        refresh();
    }

    private void save() {
        try {
            EvidenceForm form = new EvidenceForm(title.getValue(), provider.getValue(), completedOn.getValue(), hours.getValue(),
                areas.getValue(), reflection.getValue() == null ? null : reflection.getValue().id(), certificate);
            if (changing == null) {
                evidence.record(form);
            } else {
                evidence.resubmit(changing, form);
            }
            Feedback.saved(this, "training.evidence.saved", title.getValue());
            clearForm();
            refresh();
        } catch (RuleViolation refused) {
            Feedback.explain(this, refused);
        }
    }

    private void clearForm() {
        changing = null;
        title.clear();
        provider.clear();
        completedOn.clear();
        hours.clear();
        areas.clear();
        reflection.clear();
        certificate = null;
        save.setText(getTranslation("training.evidence.save"));
        stopChanging.setVisible(false);
    }

    /** Change (after it was sent back) or delete my evidence that is not verified; verified evidence counts and stays. */
    private com.vaadin.flow.component.Component myActions(EvidenceRow row) {
        if (row.status() == org.centrecpd.training.domain.ExternalEvidence.Status.VERIFIED) {
            return new Span();
        }
        Button change = new Button(getTranslation("training.evidence.change"), e -> change(row));
        change.setId("evidence-change-" + row.id());
        change.setAriaLabel(getTranslation("training.evidence.changeOf", row.title()));
        Button delete = new Button(getTranslation("training.evidence.delete"), e -> ConfirmDestructive.open("evidence-delete-confirm",
            getTranslation("training.evidence.deleteOf", row.title()), getTranslation("training.evidence.delete.text"),
            getTranslation("training.evidence.delete"), getTranslation("training.evidence.keep"),
            () -> act(() -> evidence.delete(row.id()), "training.evidence.deleted", row)));
        delete.setId("evidence-delete-" + row.id());
        delete.setAriaLabel(getTranslation("training.evidence.deleteOf", row.title()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(change, delete);
        actions.setWrap(true);
        return actions;
    }

    private void change(EvidenceRow row) {
        try {
            EvidenceForm form = evidence.form(row.id());
            changing = row.id();
            title.setValue(form.title());
            provider.setValue(form.provider());
            completedOn.setValue(form.completedOn());
            hours.setValue(form.cpdHours());
            areas.setValue(form.areas());
            reflection.setValue(evidence.linkedReflection(row.id()).orElse(null));
            certificate = null;
            save.setText(getTranslation("training.evidence.sendAgain"));
            stopChanging.setVisible(true);
            title.focus();
        } catch (RuleViolation refused) {
            Feedback.explain(this, refused);
        }
    }

    private void act(Runnable action, String doneKey, EvidenceRow row) {
        try {
            action.run();
            Feedback.saved(this, doneKey, row.title());
            refresh();
        } catch (RuleViolation refused) {
            Feedback.explain(this, refused);
        }
    }

    private void refresh() {
        mine.setItems(evidence.mine());
        reviews.show(evidence.waitingForMe());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.evidence.title");
    }
}
