package org.centrecpd.training.ui;

import org.centrecpd.base.ui.GridHeights;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.security.Role;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.domain.CourseChoice;
import org.centrecpd.training.domain.MatrixCell;
import org.centrecpd.training.service.MatrixFilter;

/**
 * A centre's training matrix: its staff (on the day shown) down the side, the courses assigned to
 * them across, and in each cell the status in words with an icon, and its date. The first column
 * and the header stay in place while the rest scrolls, so it works on a tablet. Another centre's id
 * in the URL answers "not found" (the services check scope).
 */
@Route("training/centres/:centreId([0-9]+)")
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class CentreTrainingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One person's row: their cells by course. */
    record Row(long personId, String fullName, String jobRoleKey, Map<Long, MatrixCell> cells) {
    }

    private final CompletionService completion;
    private final AssignmentService assignments;
    private final CentreService centres;
    private final PeopleService people;
    private final CoverageSection coverage = new CoverageSection();
    private final CentreTrendSection trend = new CentreTrendSection();
    private final DatePicker asAt = Dates.picker();
    private final ComboBox<CourseChoice> course = new ComboBox<>();
    private final ComboBox<CorePurposeArea> area = new ComboBox<>();
    private final ComboBox<TrainingStatus> status = new ComboBox<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<Row> grid = new Grid<>();
    /** The same matrix as one card per person, shown instead of the grid on a narrow screen (the stylesheet swaps them). */
    private final com.vaadin.flow.component.html.UnorderedList cards = new com.vaadin.flow.component.html.UnorderedList();
    private long centreId;
    private String title = "";

    public CentreTrainingView(CompletionService completion, AssignmentService assignments, CentreService centres,
                              PeopleService people, org.centrecpd.audit.PersonalDataExports audit) {
        this.completion = completion;
        this.assignments = assignments;
        this.centres = centres;
        this.people = people;
        // As tall as its content: the matrix shows its rows and the page scrolls (a full-height view squeezed it to one row).
        setWidthFull();
        asAt.setLabel(getTranslation("training.asAt"));
        asAt.setLocale(getLocale());
        course.setLabel(getTranslation("training.course"));
        course.setItemLabelGenerator(CourseChoice::title);
        course.setClearButtonVisible(true);
        area.setLabel(getTranslation("training.area"));
        area.setItems(CorePurposeArea.values());
        area.setItemLabelGenerator(a -> getTranslation(a.key()));
        area.setClearButtonVisible(true);
        status.setLabel(getTranslation("training.status"));
        status.setItems(TrainingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.key()));
        status.setClearButtonVisible(true);
        status.setId("matrix-status");
        Button assign = new Button(getTranslation("training.assign"), VaadinIcon.PLUS.create());
        // The matrix is drawn again behind the dialog: when it closes, focus goes back to the button used (WCAG 2.4.3).
        assign.addClickListener(e -> {
            AssignDialog dialog = new AssignDialog(assignments, people, centreId, this::refresh);
            dialog.addOpenedChangeListener(opened -> {
                if (!opened.isOpened()) {
                    assign.focus();
                }
            });
            dialog.open();
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign");
        ExportLinks exports = new ExportLinks("training-matrix", this::table, audit);
        HorizontalLayout filters = new HorizontalLayout(asAt, course, area, status, assign);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("training.matrix"));
        grid.setId("matrix");
        grid.setWidthFull();
        summary.setId("matrix-summary");
        cards.setId("matrix-cards");
        cards.addClassName("matrix-cards");
        cards.getElement().setAttribute("aria-label", getTranslation("training.matrix"));
        // The page's h1 (the layout's) names the centre; no second heading repeats it.
        add(filters, summary, exports, grid, cards, coverage, trend);
        asAt.addValueChangeListener(e -> refresh());
        course.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        centreId = event.getRouteParameters().getLong("centreId").orElseThrow(() -> new NotFoundException("Centre"));
        CentreOverview centre = centres.overview(centreId);
        title = getTranslation("training.matrix.title", centre.name());
        course.setItems(assignments.courses());
        LocalDate today = completion.today();
        asAt.setMax(today);
        LocalDate requested = event.getLocation().getQueryParameters().getSingleParameter("on")
            .map(s -> {
                try {
                    return LocalDate.parse(s);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }).orElse(null);
        asAt.setValue(requested == null || requested.isAfter(today) ? today : requested);
        refresh();
        trend.show(centre.name(), completion.centreTrend(centreId));
    }

    private void refresh() {
        if (centreId == 0 || asAt.getValue() == null) {
            return;
        }
        List<MatrixCell> cells = completion.matrix(centreId, asAt.getValue(),
            new MatrixFilter(course.getValue() == null ? null : course.getValue().id(), area.getValue(), status.getValue()));
        Map<Long, String> courses = new LinkedHashMap<>();
        cells.stream().sorted(java.util.Comparator.comparing(MatrixCell::courseTitle))
            .forEach(c -> courses.putIfAbsent(c.courseId(), c.courseTitle()));
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (MatrixCell c : cells) {
            rows.computeIfAbsent(c.personId(), id -> new Row(id, c.fullName(), c.jobRole().key(), new LinkedHashMap<>()))
                .cells().put(c.courseId(), c);
        }
        grid.removeAllColumns();
        grid.addComponentColumn(r -> new RouterLink(r.fullName(), PersonTrainingView.class,
                new RouteParameters("personId", String.valueOf(r.personId()))))
            .setHeader(getTranslation("person.name")).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.jobRoleKey())).setHeader(getTranslation("person.jobRole")).setAutoWidth(true);
        // Drawn by the browser (the cards below keep their components): a component per cell cost every session that
        // showed a centre's matrix about 1.7 MB of heap at 30 people (issue 34 §1, docs/benchmarks.md).
        courses.forEach((id, courseTitle) -> grid.addColumn(StatusLabel.<Row>renderer(r -> r.cells().get(id), this, getLocale()))
            .setHeader(courseTitle).setWidth("11rem").setFlexGrow(1).setTextAlign(ColumnTextAlign.START));
        grid.setItems(new ArrayList<>(rows.values()));
        GridHeights.showRows(grid, rows.size());
        showCards(rows.values(), courses);
        summary.setText(getTranslation("training.matrix.summary", rows.size(), courses.size(),
            cells.stream().filter(c -> c.status() == TrainingStatus.COMPLETED).count(),
            cells.stream().filter(c -> c.status() == TrainingStatus.OVERDUE).count(),
            cells.stream().filter(c -> c.status() == TrainingStatus.RENEWAL_DUE).count(),
            cells.stream().filter(c -> c.status() == TrainingStatus.EXPIRED).count()));
        coverage.show(completion.coverage(centreId, asAt.getValue()));
    }

    /**
     * At 390 px a grid of six courses scrolls sideways and hides most of each row: there each person is a card with their
     * name (a heading, so a screen reader can move person to person) and each course's status in words with its icon.
     */
    private void showCards(java.util.Collection<Row> rows, Map<Long, String> courses) {
        cards.removeAll();
        for (Row r : rows) {
            com.vaadin.flow.component.html.DescriptionList statuses = new com.vaadin.flow.component.html.DescriptionList();
            courses.forEach((id, courseTitle) -> statuses.add(new com.vaadin.flow.component.html.DescriptionList.Term(courseTitle),
                new com.vaadin.flow.component.html.DescriptionList.Description(cell(r.cells().get(id)))));
            Paragraph role = new Paragraph(getTranslation(r.jobRoleKey()));
            role.addClassName("secondary");
            com.vaadin.flow.component.html.ListItem card = new com.vaadin.flow.component.html.ListItem(
                new H2(new RouterLink(r.fullName(), PersonTrainingView.class, new RouteParameters("personId", String.valueOf(r.personId())))),
                role, statuses);
            card.addClassName("matrix-card");
            cards.add(card);
        }
    }

    /** The matrix as a download: one line per person and course, so a spreadsheet can filter and count it. */
    private org.centrecpd.base.export.Table table() {
        List<MatrixCell> cells = completion.matrix(centreId, asAt.getValue(),
            new MatrixFilter(course.getValue() == null ? null : course.getValue().id(), area.getValue(), status.getValue()));
        return new org.centrecpd.base.export.Table(getTranslation("training.matrix.sheet"), List.of(getTranslation("person.name"),
            getTranslation("person.jobRole"), getTranslation("training.course"), getTranslation("training.kind"),
            getTranslation("training.status"), getTranslation("training.due"), getTranslation("training.completedOn"),
            getTranslation("training.validUntil")),
            cells.stream().map(c -> List.<Object>of(c.fullName(), getTranslation(c.jobRole().key()), c.courseTitle(),
                getTranslation(c.required() ? "training.required" : "training.recommended"), getTranslation(c.status().key()),
                c.effectiveDue(), c.status().valid() || c.status() == TrainingStatus.EXPIRED ? c.completedOn() : "",
                c.expiresOn() != null ? c.expiresOn() : "")).toList());
    }

    private com.vaadin.flow.component.Component cell(MatrixCell c) {
        if (c == null) {
            return new Span(getTranslation("training.matrix.notAssigned"));
        }
        return StatusLabel.of(c);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
