package org.centrecpd.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.courses.service.CatalogueService;
import org.centrecpd.courses.service.CoursePage;
import org.centrecpd.courses.service.LearnerStatus;
import org.centrecpd.courses.service.LearningService;

/** A course: what it is, the learner's progress, Resume, and its units (by week for programmes). */
@Route("courses/:slug")
@PermitAll
public class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogueService catalogue;
    private final transient LearningService learning;
    private String title = "";

    public CourseView(CatalogueService catalogue, LearningService learning) {
        this.catalogue = catalogue;
        this.learning = learning;
        setId("course");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CoursePage page = catalogue.course(event.getRouteParameters().get("slug").orElse(""));
        title = page.title();
        removeAll();
        if (page.updatedFrom() != null) {
            Div notice = new Div(new H2(getTranslation("course.updated.title")),
                new Paragraph(getTranslation("course.updated.text", String.valueOf(page.updatedFrom()),
                    String.valueOf(page.version()), Objects.requireNonNullElse(page.versionNotes(), ""))));
            notice.setId("course-updated");
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "status");
            add(notice);
        }
        if (page.completedOn() != null) {
            Paragraph done = new Paragraph(getTranslation("course.completed",
                Dates.longDay(page.completedOn(), getLocale()),
                String.valueOf(page.completedVersion()), Hours.of(page.cpdHours())));
            done.setId("course-completed");
            done.addClassName("notice");
            add(done);
        }
        add(new Paragraph(page.summary()));
        Span meta = new Span(String.join(" · ", getTranslation(page.kind().key()),
            getTranslation("courses.hours", Hours.of(page.cpdHours())), getTranslation("courses.units", page.units().size())));
        meta.addClassName("secondary");
        add(meta);
        if (!page.tracked()) {
            add(new Paragraph(getTranslation("course.notTracked")));
        } else {
            ProgressBar bar = new ProgressBar(0, page.units().size(), page.completedUnits());
            Span progress = new Span(getTranslation("course.progress", page.completedUnits(), page.units().size()));
            progress.setId("course-progress");
            bar.getElement().setAttribute("aria-label", progress.getText());
            add(progress, bar);
        }
        add(resumeButton(page));
        if (page.tracked() && page.completedOn() != null && page.resumeOrder() == null && page.kind() != CourseKind.WORKSHOP) {
            // Training that must be refreshed every so often is satisfied again by taking the course again.
            Button retake = new Button(getTranslation("course.retake"), e -> {
                learning.retake(page.slug());
                e.getSource().getUI().ifPresent(ui -> ui.navigate(UnitView.class,
                    UnitView.parameters(page.slug(), page.units().getFirst().order())));
            });
            retake.setId("retake");
            add(retake, new Paragraph(getTranslation("course.retake.help")));
        }
        add(units(page));
        add(new Paragraph(getTranslation("course.areas") + ": "
            + String.join("; ", page.corePurpose().stream().map(a -> getTranslation(a.key())).toList())));
        add(new Paragraph(getTranslation("course.audience") + ": "
            + String.join(", ", page.audience().stream().map(r -> getTranslation(r.key())).toList())));
    }

    private Button resumeButton(CoursePage page) {
        int target = page.resumeOrder() != null ? page.resumeOrder() : page.units().getFirst().order();
        String label = page.resumeOrder() == null ? getTranslation("course.review")
            : page.started() ? getTranslation("course.resume", page.resumeOrder()) : getTranslation("course.start");
        Button resume = new Button(label, e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(UnitView.class,
            UnitView.parameters(page.slug(), target))));
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.setId("resume");
        return resume;
    }

    private Div units(CoursePage page) {
        Div units = new Div(new H2(getTranslation("course.units")));
        units.setId("course-units");
        boolean byWeek = page.kind() == CourseKind.LEADERSHIP_PROGRAMME;
        Integer week = null;
        UnorderedList list = null;
        for (CoursePage.UnitRow unit : page.units()) {
            if (list == null || (byWeek && !Objects.equals(week, unit.week()))) {
                week = unit.week();
                if (byWeek) {
                    units.add(new H3(getTranslation("course.week", week)));
                }
                list = new UnorderedList();
                list.addClassName("unit-list");
                units.add(list);
            }
            RouterLink link = new RouterLink(getTranslation("course.unit.link", unit.order(), unit.title()), UnitView.class,
                UnitView.parameters(page.slug(), unit.order()));
            Span about = new Span(" – " + getTranslation("course.unit.minutes", unit.minutes())
                + (page.tracked() ? " · " + getTranslation(unit.status().key()) : "")
                + (unit.waitsForAttendance() ? " · " + getTranslation("course.unit.afterAttending") : "")
                + (unit.beforeBooking() ? " · " + getTranslation("course.unit.beforeBooking") : ""));
            about.addClassName("secondary");
            ListItem item = new ListItem(link, about);
            item.setId("unit-" + unit.order());
            if (unit.status() == LearnerStatus.COMPLETED) {
                item.addClassName("complete");
            }
            list.add(item);
        }
        return units;
    }

    static RouteParameters parameters(String slug) {
        return new RouteParameters("slug", slug);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
