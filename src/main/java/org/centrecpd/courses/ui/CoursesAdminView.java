package org.centrecpd.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.centrecpd.courses.files.ImportProblem;
import org.centrecpd.courses.service.CourseAdminService;
import org.centrecpd.courses.service.ImportReport;
import org.centrecpd.courses.service.PublishedCourse;
import org.centrecpd.security.Role;

/** Admins: what is published from the courses folder, the last import's problems, and Re-import. */
@Route("admin/courses")
@Menu(title = "nav.coursesAdmin", order = 90, icon = "vaadin:file-code")
@RolesAllowed(Role.ADMIN_NAME)
public class CoursesAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    private final transient CourseAdminService admin;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    private final Grid<PublishedCourse> published = new Grid<>(PublishedCourse.class, false);

    public CoursesAdminView(CourseAdminService admin) {
        this.admin = admin;
        setId("courses-admin");
        Button reimport = new Button(getTranslation("admin.courses.reimport"), new Icon(VaadinIcon.REFRESH),
            e -> show(Optional.of(admin.reimport())));
        reimport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reimport.setId("reimport");
        reimport.setDisableOnClick(true);
        reimport.addClickListener(e -> reimport.setEnabled(true));
        summary.setId("import-summary");
        summary.getElement().setAttribute("aria-live", "polite");

        problems.setId("import-problems");
        problems.setAriaLabel(getTranslation("admin.courses.problems"));
        problems.addColumn(ImportProblem::file).setHeader(getTranslation("admin.courses.problem.file")).setAutoWidth(true);
        problems.addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "").setHeader(getTranslation("admin.courses.problem.line"))
            .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader(getTranslation("admin.courses.problem.message")).setFlexGrow(3);
        problems.setAllRowsVisible(true);

        published.setId("published-courses");
        published.setAriaLabel(getTranslation("admin.courses.published"));
        published.addColumn(PublishedCourse::title).setHeader(getTranslation("admin.courses.title")).setFlexGrow(2);
        published.addColumn(PublishedCourse::slug).setHeader(getTranslation("admin.courses.slug"));
        published.addColumn(c -> getTranslation(c.kind().key())).setHeader(getTranslation("admin.courses.kind"));
        published.addColumn(PublishedCourse::version).setHeader(getTranslation("admin.courses.version")).setFlexGrow(0);
        published.addColumn(PublishedCourse::units).setHeader(getTranslation("admin.courses.units")).setFlexGrow(0);
        published.addColumn(PublishedCourse::questions).setHeader(getTranslation("admin.courses.questions")).setFlexGrow(0);
        published.addColumn(this::hours).setHeader(getTranslation("admin.courses.hours")).setKey("hours").setAutoWidth(true);
        published.addColumn(PublishedCourse::folder).setHeader(getTranslation("admin.courses.folder"));
        published.addColumn(c -> c.importedAt().format(WHEN)).setHeader(getTranslation("admin.courses.importedAt"));
        published.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("admin.courses.help")), reimport, summary,
            new H2(getTranslation("admin.courses.problems")), problems,
            new H2(getTranslation("admin.courses.published")), published);
        show(admin.lastReport());
    }

    private void show(Optional<ImportReport> report) {
        summary.setText(report.map(r -> getTranslation("admin.courses.lastImport", r.at().format(WHEN), r.courses(), r.units(),
            r.questions(), r.newVersions(), r.unchanged(), r.millis(), r.problems().size()))
            .orElse(getTranslation("admin.courses.none")));
        problems.setItems(report.map(ImportReport::problems).orElse(java.util.List.of()));
        published.setItems(admin.published());
    }

    /** The hours a course claims beside what its content takes, so an author sees at once whether they are true. */
    private String hours(PublishedCourse c) {
        return c.estimatedHours() == null ? getTranslation("admin.courses.hours.claimed", Hours.of(c.cpdHours()))
            : getTranslation("admin.courses.hours.estimated", Hours.of(c.cpdHours()), Hours.of(c.estimatedHours()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coursesAdmin");
    }
}
