package org.centrecpd.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.security.Role;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.domain.PersonAssignment;

/** One person's training record, cancelled assignments included; an assignment can be cancelled here. */
@Route("training/people/:personId([0-9]+)")
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class PersonTrainingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompletionService completion;
    private final AssignmentService assignments;
    private final Grid<PersonAssignment> grid = new Grid<>(PersonAssignment.class, false);
    private long personId;
    private String title = "";

    private final org.centrecpd.training.service.CpdRecordService records;
    private final VerticalLayout record = new VerticalLayout();

    public PersonTrainingView(CompletionService completion, AssignmentService assignments,
                              org.centrecpd.training.service.CpdRecordService records,
                              org.centrecpd.audit.PersonalDataExports audit) {
        this.records = records;
        this.completion = completion;
        this.assignments = assignments;
        setSizeFull();
        grid.addComponentColumn(a -> new Anchor("courses/" + a.courseSlug(), a.courseTitle()))
            .setHeader(getTranslation("training.course")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.required() ? "training.required" : "training.recommended"))
            .setHeader(getTranslation("training.kind"));
        grid.addColumn(a -> Dates.day(a.assignedOn(), getLocale())).setHeader(getTranslation("training.assignedOn"));
        grid.addComponentColumn(a -> a.cancelledOn() != null
                ? new Span(getTranslation("training.cancelled.on", Dates.day(a.cancelledOn(), getLocale())))
                : new StatusLabel(a.status(), switch (a.status()) {
                    case COMPLETED -> a.completedOn();
                    case RENEWAL_DUE, EXPIRED -> a.expiresOn();
                    case DUE, OVERDUE -> a.dueOn();
                }, false))
            .setHeader(getTranslation("training.status")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            if (a.cancelledOn() != null) {
                return new Span();
            }
            Button cancel = new Button(getTranslation("training.cancel"), e -> {
                assignments.cancel(a.id());
                Feedback.saved(this, "training.cancel.done", a.courseTitle());
                refresh();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            cancel.setAriaLabel(getTranslation("training.cancel.label", a.courseTitle()));
            return cancel;
        }).setHeader(getTranslation("training.actions"));
        grid.setAriaLabel(getTranslation("training.person.grid"));
        grid.setId("person-training");
        record.setPadding(false);
        // The page's h1 (the layout's) names the person; no second heading repeats it.
        add(new ExportLinks("training-record", this::table, audit), grid,
            new H2(getTranslation("training.person.cpd")), record,
            new ExportLinks("external-cpd", this::externalTable, audit));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = event.getRouteParameters().getLong("personId").orElseThrow(() -> new NotFoundException("Person"));
        refresh();
        showRecord();
        title = getTranslation("training.person.title", completion.personName(personId));
    }

    /** The person's CPD record, with a way to withdraw an issued certificate (for whoever may see this page). */
    private void showRecord() {
        record.removeAll();
        record.add(CpdRecordView.content(this, records, records.record(personId), this::showRecord));
    }

    private org.centrecpd.base.export.Table table() {
        return new org.centrecpd.base.export.Table(getTranslation("training.person.grid"), java.util.List.of(getTranslation("training.course"),
            getTranslation("training.kind"), getTranslation("training.assignedOn"), getTranslation("training.due"),
            getTranslation("training.status"), getTranslation("training.completedOn"), getTranslation("training.cancelledOn")),
            completion.personRecord(personId, null).stream().map(a -> java.util.Arrays.<Object>asList(a.courseTitle(),
                getTranslation(a.required() ? "training.required" : "training.recommended"), a.assignedOn(), a.dueOn(),
                a.cancelledOn() == null ? getTranslation(a.status().key()) : getTranslation("training.cancelled"), a.completedOn(),
                a.cancelledOn())).toList());
    }

    /** The person's learning done elsewhere, as the training exports give it. */
    private org.centrecpd.base.export.Table externalTable() {
        return new org.centrecpd.base.export.Table(getTranslation("training.evidence.grid"), java.util.List.of(
            getTranslation("training.evidence.field.title"), getTranslation("training.evidence.field.provider"),
            getTranslation("training.evidence.field.date"), getTranslation("training.evidence.field.hours"), getTranslation("training.status"),
            getTranslation("training.evidence.mapTo")),
            records.record(personId).evidence().stream().map(e -> java.util.Arrays.<Object>asList(e.title(), e.provider(), e.completedOn(),
                e.cpdHours(), getTranslation("training.evidence.status." + e.status().name()), e.courseTitle())).toList());
    }

    private void refresh() {
        grid.setItems(completion.personRecord(personId, null));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
