package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.TableDownloads;
import org.centrecpd.reviews.domain.ReviewRow;
import org.centrecpd.reviews.service.DueCount;
import org.centrecpd.reviews.service.DueLine;
import org.centrecpd.reviews.service.ReviewLists;
import org.centrecpd.reviews.service.ReviewService;
import org.centrecpd.reviews.service.TermChoice;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;

/**
 * Where the review work is. A partner: the centres they oversee whose review falls in the chosen term, each
 * not started, draft, shared, signed off or overdue, to prepare or open. An admin: the same for every centre,
 * with counts per provider and group, exportable. A centre manager: the reviews of their centres shared with them.
 */
@Route("reviews")
@Menu(title = "nav.reviews", order = 24, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewService reviews;
    private final ReviewLists lists;
    private final ComboBox<TermChoice> term = new ComboBox<>();
    private final Grid<DueLine> due = new Grid<>();
    private final Grid<DueCount> counts = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public ReviewsView(ReviewService reviews, ReviewLists lists, CurrentUser currentUser) {
        this.lists = lists;
        this.reviews = reviews;
        setId("reviews");
        Role role = currentUser.require().role();
        if (role == Role.CENTRE_MANAGER) {
            add(new Paragraph(getTranslation("reviews.manager.intro")), sharedWithMe());
            return;
        }
        add(new Paragraph(getTranslation(role == Role.ADMIN ? "reviews.admin.intro" : "reviews.partner.intro")));
        TermChoice current = lists.currentTerm();
        List<TermChoice> choices = new ArrayList<>();
        TermChoice c = new TermChoice(current.schoolYear() + (current.season() == org.centrecpd.reviews.Season.SUMMER ? 1 : 0),
            current.season() == org.centrecpd.reviews.Season.SUMMER ? org.centrecpd.reviews.Season.AUTUMN
                : org.centrecpd.reviews.Season.values()[current.season().ordinal() + 1]);
        for (int i = 0; i < 7; i++) {
            choices.add(c);
            c = c.previous();
        }
        term.setLabel(getTranslation("reviews.term"));
        term.setItems(choices);
        term.setItemLabelGenerator(this::label);
        term.setValue(current);
        term.setId("review-term");
        term.addValueChangeListener(e -> refresh());
        summary.setId("due-summary");
        due.setId("reviews-due");
        due.setAriaLabel(getTranslation("reviews.due.title"));
        due.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        due.addColumn(DueLine::centre).setHeader(getTranslation("reviews.centre")).setFlexGrow(2);
        due.addColumn(l -> l.provider() == null ? "—" : l.provider()).setHeader(getTranslation("reviews.provider"));
        due.addColumn(l -> l.group() == null ? "—" : l.group()).setHeader(getTranslation("reviews.group"));
        due.addComponentColumn(this::state).setHeader(getTranslation("reviews.state"));
        due.addComponentColumn(l -> l.reviewId() != null ? open(l) : role == Role.IMPROVEMENT_PARTNER ? prepare(l) : new Span("—"))
            .setHeader(getTranslation("reviews.review"));
        due.setAllRowsVisible(true);
        add(term, summary, due);
        if (role == Role.ADMIN) {
            counts.setId("review-counts");
            counts.setAriaLabel(getTranslation("reviews.counts.title"));
            counts.addColumn(d -> getTranslation("reviews.level." + d.level())).setHeader(getTranslation("reviews.level"));
            counts.addColumn(DueCount::name).setHeader(getTranslation("reviews.name")).setFlexGrow(2);
            counts.addColumn(DueCount::centres).setHeader(getTranslation("reviews.centres"));
            counts.addColumn(DueCount::notStarted).setHeader(getTranslation("reviews.status.not_started"));
            counts.addColumn(DueCount::draft).setHeader(getTranslation("reviews.status.draft"));
            counts.addColumn(DueCount::shared).setHeader(getTranslation("reviews.status.shared"));
            counts.addColumn(DueCount::signedOff).setHeader(getTranslation("reviews.status.signed_off"));
            counts.addColumn(DueCount::overdue).setHeader(getTranslation("reviews.overdue"));
            counts.setAllRowsVisible(true);
            add(new H2(getTranslation("reviews.counts.title")), new TableDownloads("review-states", this::table, null), counts);
        }
        refresh();
    }

    private Section sharedWithMe() {
        Section section = new Section();
        List<ReviewRow> rows = lists.listed();
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("reviews.manager.none")));
            return section;
        }
        Grid<ReviewRow> grid = new Grid<>();
        grid.setId("reviews-shared");
        grid.setAriaLabel(getTranslation("reviews.manager.title"));
        grid.addColumn(ReviewRow::centre).setHeader(getTranslation("reviews.centre"));
        grid.addColumn(r -> label(new TermChoice(r.schoolYear(), r.season()))).setHeader(getTranslation("reviews.term"));
        grid.addColumn(r -> getTranslation(r.status().key())).setHeader(getTranslation("reviews.state"));
        grid.addColumn(ReviewRow::partner).setHeader(getTranslation("reviews.partner"));
        grid.addComponentColumn(r -> link(r.reviewId(), r.centre())).setHeader(getTranslation("reviews.review"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private void refresh() {
        if (term.getValue() == null) {
            return;
        }
        List<DueLine> lines = lists.due(term.getValue());
        due.setItems(lines);
        summary.setText(getTranslation("reviews.due.summary", lines.size(), lines.stream().filter(l -> l.status() == null).count(),
            lines.stream().filter(l -> l.status() != null && !l.status().isSignedOff()).count(),
            lines.stream().filter(l -> l.status() != null && l.status().isSignedOff()).count(),
            lines.stream().filter(DueLine::overdue).count()));
        if (counts.getId().isPresent()) {
            counts.setItems(lists.dueCounts(term.getValue()));
        }
    }

    private Span state(DueLine line) {
        Span span = new Span();
        var icon = line.overdue() ? VaadinIcon.EXCLAMATION_CIRCLE.create() : line.status() != null && line.status().isSignedOff()
            ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOCK.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        String words = getTranslation(line.stateKey());
        if (line.overdue()) {
            words = getTranslation("reviews.overdueState", words, Dates.day(line.termLastDay(), getLocale()));
        }
        span.add(icon, new Span(" " + words));
        return span;
    }

    private Button prepare(DueLine line) {
        Button button = new Button(getTranslation("reviews.prepare"), e -> {
            try {
                long id = reviews.start(line.centreId(), line.termId());
                getUI().ifPresent(ui -> ui.navigate(ReviewView.class, new RouteParameters("reviewId", String.valueOf(id))));
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        button.getElement().setAttribute("aria-label", getTranslation("reviews.prepareFor", line.centre()));
        return button;
    }

    private RouterLink open(DueLine line) {
        return link(line.reviewId(), line.centre());
    }

    private RouterLink link(long reviewId, String centre) {
        RouterLink link = new RouterLink(getTranslation("reviews.open"), ReviewView.class,
            new RouteParameters("reviewId", String.valueOf(reviewId)));
        link.getElement().setAttribute("aria-label", getTranslation("reviews.openFor", centre));
        return link;
    }

    private String label(TermChoice choice) {
        return getTranslation("reviews.termLabel", getTranslation(choice.season().key()), choice.schoolYear() + "/" + ((choice.schoolYear() + 1) % 100));
    }

    private Table table() {
        List<List<Object>> rows = new ArrayList<>();
        for (DueLine l : lists.due(term.getValue())) {
            rows.add(List.of(l.authority(), l.provider() == null ? "" : l.provider(), l.group() == null ? "" : l.group(), l.centre(),
                getTranslation(l.stateKey()), l.overdue() ? getTranslation("reviews.yes") : getTranslation("reviews.no"),
                l.partner() == null ? "" : l.partner()));
        }
        return new Table(getTranslation("reviews.due.title") + " " + label(term.getValue()), List.of(getTranslation("reviews.authority"),
            getTranslation("reviews.provider"), getTranslation("reviews.group"), getTranslation("reviews.centre"), getTranslation("reviews.state"),
            getTranslation("reviews.overdue"), getTranslation("reviews.partner")), rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.title");
    }
}
