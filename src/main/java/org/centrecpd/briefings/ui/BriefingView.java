package org.centrecpd.briefings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.ui.BarChart;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.Isolated;
import org.centrecpd.base.ui.TableDownloads;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.briefings.BriefingStatus;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.briefings.service.BriefingPage;
import org.centrecpd.briefings.service.BriefingReading;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.briefings.service.BriefingTracking;
import org.centrecpd.briefings.service.Tracking;

/**
 * One briefing. A recipient reads it (opening it records that), and marks an action-required one done; the
 * author and the partners overseeing the recipients' centres see who read it, per provider, group and centre
 * (a chart with its data table), who has not (names within their scope), remind them, and export the counts.
 */
@Route("briefings/:briefingId")
@PermitAll
public class BriefingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BriefingService briefings;
    private final BriefingReading reading;
    private final BriefingTracking trackers;
    private long id;
    private String title = "";

    public BriefingView(BriefingService briefings, BriefingReading reading, BriefingTracking trackers) {
        this.reading = reading;
        this.trackers = trackers;
        this.briefings = briefings;
        setId("briefing");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("briefingId").orElseThrow(() -> new NotFoundException("Briefing"));
        show();
    }

    private void show() {
        removeAll();
        BriefingPage page = reading.open(id);
        title = getTranslation("briefings.page.title", page.reference(), page.title());
        Article notice = new Article();
        notice.setId("briefing-notice");
        notice.add(new Paragraph(getTranslation("briefings.page.from", page.authority(), Dates.longDay(page.publicationDate(), getLocale()),
            page.revision())));
        if (page.status() == BriefingStatus.WITHDRAWN) {
            notice.add(new Paragraph(getTranslation("briefings.page.withdrawn")));
        } else if (page.status() != BriefingStatus.PUBLISHED) {
            notice.add(new Paragraph(getTranslation("briefings.page.notYet", getTranslation(page.status().key()))));
        }
        notice.add(new Paragraph(getTranslation(page.kind().key()) + (page.actionDue() == null ? ""
            : ": " + getTranslation("briefings.page.actionBy", Dates.longDay(page.actionDue(), getLocale())))));
        notice.add(new Paragraph(getTranslation("briefings.page.contact", page.contactName(), page.contactEmail() == null ? "" : page.contactEmail())));
        Html body = new Html("<div class=\"briefing-body\">" + page.bodyHtml() + "</div>");
        notice.add(body);
        if (!page.documents().isEmpty()) {
            notice.add(new H2(getTranslation("briefings.files")), documents(page));
        }
        if (!page.earlier().isEmpty()) {
            UnorderedList earlier = new UnorderedList();
            page.earlier().forEach(e -> earlier.add(new ListItem(getTranslation("briefings.page.earlier", e.revision(), e.title(),
                Dates.day(e.replacedAt().toLocalDate(), getLocale())))));
            notice.add(new H2(getTranslation("briefings.page.revisions")), earlier);
        }
        add(notice);
        if (page.recipient() && page.kind() == BriefingKind.ACTION_REQUIRED && page.status() == BriefingStatus.PUBLISHED) {
            add(done(page));
        }
        if (page.mayEdit()) {
            Button edit = new Button(getTranslation(page.status() == BriefingStatus.PUBLISHED ? "briefings.revise" : "briefings.edit"),
                e -> getUI().ifPresent(ui -> ui.navigate(BriefingEditView.class, new RouteParameters("briefingId", String.valueOf(id)))));
            edit.setId("briefing-edit");
            add(edit);
        }
        if (page.mayTrack()) {
            add(tracking(page));
        }
    }

    /** The briefing's documents, each a download (never opened in the app's page). */
    private Component documents(BriefingPage page) {
        UnorderedList list = new UnorderedList();
        list.setId("briefing-documents");
        for (BriefingPage.Document d : page.documents()) {
            Anchor link = new Anchor("briefing-files/" + d.id(), new Isolated(d.fileName()));
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("aria-label", getTranslation("briefings.files.download", d.fileName(), d.kind()));
            list.add(new ListItem(link, new Span(" (" + d.kind() + ", " + Math.max(1, d.size() / 1024) + " KB)")));
        }
        return list;
    }

    private Component done(BriefingPage page) {
        Section section = new Section();
        section.setId("briefing-done");
        if (page.doneAt() != null) {
            section.add(new Paragraph(getTranslation("briefings.done.on", Dates.day(page.doneAt().toLocalDate(), getLocale()))));
            return section;
        }
        TextArea note = new TextArea(getTranslation("briefings.done.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("briefing-done-note");
        Button done = new Button(getTranslation("briefings.done.mark"), e -> {
            try {
                reading.markDone(id, note.getValue());
                Feedback.saved(this, "briefings.done.saved");
                show();
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("briefing-mark-done");
        section.add(new H2(getTranslation("briefings.done.title")), note, done);
        return section;
    }

    private Component tracking(BriefingPage page) {
        Section section = new Section();
        section.setId("briefing-tracking");
        // The whole width: the names of providers and groups are long, and a grid in a narrow section broke them mid-word.
        section.setWidthFull();
        Tracking t = trackers.tracking(id);
        section.add(new H2(getTranslation("briefings.tracking")));
        Paragraph totals = new Paragraph(getTranslation("briefings.tracking.totals", t.recipients(), t.read(), t.done()));
        totals.setId("briefing-totals");
        section.add(totals);
        String none = getTranslation("briefings.none");
        List<Tracking.Line> lines = t.lines(none);
        Grid<Tracking.Line> grid = new Grid<>();
        grid.setId("briefing-counts");
        grid.setAriaLabel(getTranslation("briefings.tracking"));
        grid.addColumn(l -> getTranslation("briefings.level." + l.level())).setHeader(getTranslation("briefings.level"));
        grid.addColumn(Tracking.Line::name).setHeader(getTranslation("briefings.name")).setFlexGrow(3);
        grid.addColumn(Tracking.Line::recipients).setHeader(getTranslation("briefings.recipients")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(Tracking.Line::read).setHeader(getTranslation("briefings.readCount")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.percentRead() + "%").setHeader(getTranslation("briefings.percentRead")).setTextAlign(ColumnTextAlign.END);
        if (page.kind() == BriefingKind.ACTION_REQUIRED) {
            grid.addColumn(Tracking.Line::done).setHeader(getTranslation("briefings.doneCount")).setTextAlign(ColumnTextAlign.END);
        }
        grid.setWidthFull();
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        List<BarChart.Bar> bars = lines.stream().filter(l -> l.level().equals("provider"))
            .map(l -> new BarChart.Bar(l.name(), l.percentRead(), List.<Object>of(l.percentRead() + "%", l.read(), l.recipients()))).toList();
        section.add(new TableDownloads("briefing-" + page.reference().replaceAll("[^A-Za-z0-9]+", "-") + "-readers", () -> table(page), null),
            grid, new BarChart("briefing-read-chart", getTranslation("briefings.chart"), getTranslation("briefings.chart.desc", bars.size()), bars,
                List.of(getTranslation("briefings.level.provider"), getTranslation("briefings.percentRead"), getTranslation("briefings.readCount"),
                    getTranslation("briefings.recipients")), getTranslation("briefings.chart.data")));
        section.add(new H3(getTranslation("briefings.unreadBy", t.unread().stream().map(Rows.Unread::personId).distinct().count())));
        UnorderedList unread = new UnorderedList();
        unread.setId("briefing-unread");
        t.unread().forEach(u -> unread.add(new ListItem(u.name() + " (" + u.centre() + ")")));
        section.add(unread);
        if (page.status() == BriefingStatus.PUBLISHED && !t.unread().isEmpty()) {
            Button remind = new Button(getTranslation("briefings.remind"), e -> {
                int n = trackers.remind(id);
                Feedback.saved(this, "briefings.reminded", n);
            });
            remind.setId("briefing-remind");
            section.add(new HorizontalLayout(remind));
        }
        return section;
    }

    private Table table(BriefingPage page) {
        List<List<Object>> rows = new ArrayList<>();
        for (Tracking.Line l : trackers.tracking(id).lines(getTranslation("briefings.none"))) {
            rows.add(List.of(getTranslation("briefings.level." + l.level()), l.name(), l.recipients(), l.read(), l.percentRead(), l.done()));
        }
        return new Table(page.reference(), List.of(getTranslation("briefings.level"), getTranslation("briefings.name"),
            getTranslation("briefings.recipients"), getTranslation("briefings.readCount"), getTranslation("briefings.percentRead"),
            getTranslation("briefings.doneCount")), rows);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("briefings.title.page") : title;
    }
}
