package org.centrecpd.briefings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.briefings.service.BriefingReading;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.briefings.service.BriefingTracking;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;

/**
 * Briefings. Everyone: those sent to me, unread first, each saying in words whether I have read it. An admin
 * (the authority's officer) also sees every briefing with its reach and readers, and writes new ones; a
 * partner, the briefings that reached the centres they oversee, to track.
 */
@Route("briefings")
@Menu(title = "nav.briefings", order = 26, icon = "vaadin:newspaper")
@PermitAll
public class BriefingsView extends VerticalLayout implements HasDynamicTitle {

    public BriefingsView(BriefingService briefings, BriefingReading reading, BriefingTracking trackers, CurrentUser currentUser) {
        setId("briefings");
        Role role = currentUser.require().role();
        List<Rows.MyBriefing> mine = reading.mine();
        add(new H2(getTranslation("briefings.mine")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("briefings.mine.none")));
        } else {
            Grid<Rows.MyBriefing> grid = new Grid<>();
            grid.setId("my-briefings");
            grid.setAriaLabel(getTranslation("briefings.mine"));
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addComponentColumn(this::readState).setHeader(getTranslation("briefings.state"));
            grid.addColumn(Rows.MyBriefing::reference).setHeader(getTranslation("briefings.reference"));
            grid.addComponentColumn(b -> link(b.id(), b.title())).setHeader(getTranslation("briefings.title")).setFlexGrow(3);
            grid.addColumn(b -> Dates.day(b.publicationDate(), getLocale())).setHeader(getTranslation("briefings.published"));
            grid.addColumn(b -> getTranslation(b.kind().key()) + (b.actionDue() == null ? ""
                : " " + getTranslation("briefings.by", Dates.day(b.actionDue(), getLocale())))).setHeader(getTranslation("briefings.kind"));
            grid.setItems(mine);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        if (role == Role.ADMIN) {
            Button write = new Button(getTranslation("briefings.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(BriefingEditView.class)));
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            write.setId("briefing-new");
            add(new H2(getTranslation("briefings.all")), write, lines(briefings.all(), "all-briefings"));
        } else if (role == Role.IMPROVEMENT_PARTNER) {
            add(new H2(getTranslation("briefings.overseen")), lines(trackers.overseen(), "overseen-briefings"));
        }
    }

    private Component readState(Rows.MyBriefing b) {
        var icon = b.isUnread() ? VaadinIcon.ENVELOPE.create() : VaadinIcon.ENVELOPE_OPEN.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        String words = getTranslation(b.isUnread() ? "briefings.unread" : b.isRevisedSinceRead() ? "briefings.revisedSinceRead" : "briefings.read");
        if (b.doneAt() != null) {
            words += ", " + getTranslation("briefings.doneShort");
        }
        if (b.status() == org.centrecpd.briefings.BriefingStatus.WITHDRAWN) {
            words += ", " + getTranslation("briefings.status.withdrawn");
        }
        Span span = new Span(icon, new Span(" " + words));
        if (b.isUnread()) {
            span.getStyle().set("font-weight", "bold");
        }
        return span;
    }

    private Grid<Rows.BriefingLine> lines(List<Rows.BriefingLine> rows, String id) {
        Grid<Rows.BriefingLine> grid = new Grid<>();
        grid.setId(id);
        grid.setAriaLabel(getTranslation(id.equals("all-briefings") ? "briefings.all" : "briefings.overseen"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Rows.BriefingLine::reference).setHeader(getTranslation("briefings.reference"));
        grid.addComponentColumn(b -> link(b.id(), b.title())).setHeader(getTranslation("briefings.title")).setFlexGrow(3);
        grid.addColumn(Rows.BriefingLine::authority).setHeader(getTranslation("briefings.authority"));
        grid.addColumn(b -> Dates.day(b.publicationDate(), getLocale())).setHeader(getTranslation("briefings.published"));
        grid.addColumn(b -> getTranslation(b.status().key())).setHeader(getTranslation("briefings.status"));
        grid.addColumn(b -> getTranslation("briefings.readOf", b.read(), b.recipients())).setHeader(getTranslation("briefings.readers"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private RouterLink link(long id, String title) {
        return new RouterLink(title, BriefingView.class, new RouteParameters("briefingId", String.valueOf(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("briefings.title.page");
    }
}
