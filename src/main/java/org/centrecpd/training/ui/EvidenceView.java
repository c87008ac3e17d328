package org.centrecpd.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.training.domain.CourseChoice;
import org.centrecpd.training.domain.EvidenceRow;
import org.centrecpd.training.service.EvidenceForm;
import org.centrecpd.training.service.EvidenceService;

/**
 * Learning done elsewhere: I record it (with a certificate file if I have one) and see where it stands; a line manager
 * reviews their staff's evidence here too, verifying it (mapped to a course or not) or sending it back with a comment.
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
    private final Grid<EvidenceRow> mine = new Grid<>(EvidenceRow.class, false);
    private final Grid<EvidenceRow> waiting = new Grid<>(EvidenceRow.class, false);
    private final H3 waitingHeading = new H3();
    private volatile EvidenceForm.Upload certificate;

    public EvidenceView(EvidenceService evidence) {
        this.evidence = evidence;
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
        Button save = new Button(getTranslation("training.evidence.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("evidence-save");
        FormLayout form = new FormLayout(title, provider, completedOn, hours, areas,
            new VerticalLayout(new Span(getTranslation("training.evidence.field.certificate")), upload));

        mine.addColumn(EvidenceRow::title).setHeader(getTranslation("training.evidence.field.title")).setFlexGrow(2);
        mine.addColumn(EvidenceRow::provider).setHeader(getTranslation("training.evidence.field.provider"));
        mine.addColumn(r -> Dates.day(r.completedOn(), getLocale())).setHeader(getTranslation("training.evidence.field.date"));
        mine.addColumn(r -> r.cpdHours().stripTrailingZeros().toPlainString()).setHeader(getTranslation("training.evidence.field.hours"));
        mine.addColumn(r -> getTranslation("training.evidence.status." + r.status().name())
                + (r.reviewComment() == null ? "" : ": " + r.reviewComment())
                + (r.courseTitle() == null ? "" : " (" + getTranslation("training.evidence.countsAs", r.courseTitle()) + ")"))
            .setHeader(getTranslation("training.status")).setFlexGrow(2);
        mine.addComponentColumn(this::download).setHeader(getTranslation("training.evidence.field.certificate"));
        mine.setAriaLabel(getTranslation("training.evidence.grid"));
        mine.setId("evidence-mine");
        mine.setAllRowsVisible(true);

        waiting.addColumn(EvidenceRow::personName).setHeader(getTranslation("training.rule.person"));
        waiting.addColumn(EvidenceRow::title).setHeader(getTranslation("training.evidence.field.title")).setFlexGrow(2);
        waiting.addColumn(EvidenceRow::provider).setHeader(getTranslation("training.evidence.field.provider"));
        waiting.addColumn(r -> Dates.day(r.completedOn(), getLocale())).setHeader(getTranslation("training.evidence.field.date"));
        waiting.addColumn(r -> r.cpdHours().stripTrailingZeros().toPlainString()).setHeader(getTranslation("training.evidence.field.hours"));
        waiting.addComponentColumn(this::download).setHeader(getTranslation("training.evidence.field.certificate"));
        waiting.addComponentColumn(this::review).setHeader(getTranslation("training.actions")).setFlexGrow(3);
        waiting.setAriaLabel(getTranslation("training.evidence.waiting"));
        waiting.setId("evidence-waiting");
        waiting.setAllRowsVisible(true);
        waitingHeading.setText(getTranslation("training.evidence.waiting"));

        add(new H2(getTranslation("training.evidence.title")), form, save, new H3(getTranslation("training.evidence.mine")), mine,
            waitingHeading, waiting);
        refresh();
    }

    private void save() {
        try {
            evidence.record(new EvidenceForm(title.getValue(), provider.getValue(), completedOn.getValue(), hours.getValue(),
                areas.getValue(), null, certificate));
            Feedback.saved(this, "training.evidence.saved", title.getValue());
            title.clear();
            provider.clear();
            completedOn.clear();
            hours.clear();
            areas.clear();
            certificate = null;
            refresh();
        } catch (RuleViolation refused) {
            Feedback.explain(this, refused);
        }
    }

    /** A manager's review of one row: map to a course (or not) and verify, or send back with a comment. */
    private HorizontalLayout review(EvidenceRow row) {
        ComboBox<CourseChoice> course = new ComboBox<>(getTranslation("training.evidence.mapTo"));
        course.setItems(evidence.courses());
        course.setItemLabelGenerator(CourseChoice::title);
        course.setClearButtonVisible(true);
        course.setId("evidence-course-" + row.id());
        Button verify = new Button(getTranslation("training.evidence.verify"), e -> act(() -> evidence.verify(row.id(),
            course.getValue() == null ? null : course.getValue().id()), "training.evidence.verified", row));
        verify.setId("evidence-verify-" + row.id());
        verify.setAriaLabel(getTranslation("training.evidence.verifyOf", row.title(), row.personName()));
        TextField comment = new TextField(getTranslation("training.evidence.comment"));
        comment.setId("evidence-comment-" + row.id());
        Button back = new Button(getTranslation("training.evidence.sendBack"), e -> act(() -> evidence.sendBack(row.id(), comment.getValue()),
            "training.evidence.sentBack", row));
        back.setAriaLabel(getTranslation("training.evidence.sendBackOf", row.title(), row.personName()));
        HorizontalLayout actions = new HorizontalLayout(course, verify, comment, back);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        return actions;
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

    private com.vaadin.flow.component.Component download(EvidenceRow row) {
        if (!row.hasCertificate()) {
            return new Span();
        }
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = evidence.certificate(row.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), file.type(), file.content().length);
        }), getTranslation("training.evidence.download"));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", getTranslation("training.evidence.downloadOf", row.title()));
        return link;
    }

    private void refresh() {
        mine.setItems(evidence.mine());
        List<EvidenceRow> toReview = evidence.waitingForMe();
        waiting.setItems(toReview);
        waiting.setVisible(!toReview.isEmpty());
        waitingHeading.setVisible(!toReview.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.evidence.title");
    }
}
