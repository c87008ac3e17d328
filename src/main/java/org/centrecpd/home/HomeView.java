package org.centrecpd.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Lazy;
import org.centrecpd.courses.ui.MyLearning;
import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.EmploymentRow;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.StaffMember;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.training.service.RollUp;
import org.centrecpd.security.SignedInUser;
import org.centrecpd.training.ui.TrainingWidget;
import org.centrecpd.workshops.ui.WorkshopsWidget;
import org.centrecpd.reviews.ui.ReviewsWidget;
import org.centrecpd.briefings.ui.BriefingsWidget;

/**
 * The first page after signing in, different for each role and built only from real records: first a few cards
 * with the role's work ({@link RoleCards}), then the details.
 * Everyone with a person record sees their own learning first; then a practitioner sees their
 * centre and colleagues; a manager their centres and staff; an
 * improvement partner every centre they oversee with head counts; an admin the whole estate.
 */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final CentreService centres;
    private final PeopleService people;

    public HomeView(CurrentUser currentUser, CentreService centres, PeopleService people, MyLearning myLearning,
                    TrainingWidget training, WorkshopsWidget workshops,
                    ReviewsWidget reviewActions, BriefingsWidget briefings, RoleCards roleCards, CentresToVisit toVisit) {
        this.centres = centres;
        this.people = people;
        SignedInUser me = currentUser.require();
        setId("home");
        add(new H2(getTranslation("home.welcome", me.displayName())));
        // The role's work first, as a few numbers that fit one screen; the lists behind them follow.
        RollUp partnerToday = me.role() == Role.IMPROVEMENT_PARTNER ? roleCards.partnerToday() : null;
        add(roleCards.forRole(me.role(), this, partnerToday));
        if (me.personId() != null) {
            add(briefings, myLearning, training, workshops, reviewActions);
        }
        switch (me.role()) {
            case PRACTITIONER -> add(myCentres());
            case CENTRE_MANAGER -> add(new Paragraph(getTranslation("home.manager.intro")), centreList(false));
            case IMPROVEMENT_PARTNER -> add(centresToVisit(toVisit, partnerToday), new Paragraph(getTranslation("home.partner.intro")), centreList(true));
            case ADMIN -> add(new Paragraph(getTranslation("home.admin.intro")), centreList(true));
        }
    }

    /** How many centres the partner's list of next visits names: a short list they can act on, the rest are below. */
    static final int VISITS_LISTED = 5;

    /** The partner's centres by need: most training past its date or coming due, then never reviewed, then the oldest review (issue 33 §1). */
    private Component centresToVisit(CentresToVisit toVisit, RollUp today) {
        Section section = new Section(new H3(getTranslation("home.visits.heading")));
        section.setId("centres-to-visit");
        List<CentresToVisit.Line> lines = toVisit.first(today, VISITS_LISTED);
        if (lines.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.visits.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("home.visits.intro")));
        com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
        for (CentresToVisit.Line line : lines) {
            Span when = new Span(line.lastReview() == null ? getTranslation("home.visits.never")
                : getTranslation("home.visits.last", Dates.day(line.lastReview(), getLocale())));
            when.addClassName("secondary");
            Span figures = new Span(getTranslation("home.visits.figures", line.pastDate(), line.renewalDue()));
            list.add(new com.vaadin.flow.component.html.ListItem(new Anchor("centres/" + line.centreId() + "/staff", line.centre()),
                new Span(" – "), figures, new Span("; "), when));
        }
        section.add(list);
        return section;
    }

    /** Where I work and who with. */
    private Component myCentres() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        var workplaces = people.myWorkplaces();
        if (workplaces.isEmpty()) {
            layout.add(new Paragraph(getTranslation("home.practitioner.noCentre")));
        }
        for (EmploymentRow work : workplaces) {
            CentreOverview centre = centres.overview(work.centreId());
            Section section = new Section();
            section.add(new H3(centre.name()),
                new Paragraph(getTranslation("home.practitioner.role", getTranslation(work.jobRole().key()), Dates.longDay(work.start(), getLocale()))),
                new Paragraph(getTranslation("centre.runBy", centre.provider(), centre.group() == null ? "—" : centre.group(), centre.staff())));
            Grid<StaffMember> colleagues = new Grid<>(StaffMember.class, false);
            colleagues.addColumn(StaffMember::fullName).setHeader(getTranslation("person.name"));
            colleagues.addColumn(s -> getTranslation(s.jobRole().key())).setHeader(getTranslation("person.jobRole"));
            colleagues.setItems(people.colleagues(work.centreId()));
            colleagues.setAllRowsVisible(true);
            colleagues.setAriaLabel(getTranslation("home.colleagues"));
            colleagues.setId("colleagues");
            section.add(new H3(getTranslation("home.colleagues")), colleagues);
            layout.add(section);
        }
        return layout;
    }

    /** Centres in my scope with today's head count, paged in the database. */
    private Component centreList(boolean filterable) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSizeFull();
        TextField filter = new TextField(getTranslation("centres.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        Grid<CentreOverview> grid = new Grid<>(CentreOverview.class, false);
        grid.addComponentColumn(c -> new Anchor("centres/" + c.id() + "/staff", c.name()))
            .setHeader(getTranslation("centre.name")).setFlexGrow(2);
        grid.addColumn(CentreOverview::provider).setHeader(getTranslation("centre.provider")).setFlexGrow(2);
        grid.addColumn(CentreOverview::group).setHeader(getTranslation("centre.group"));
        grid.addColumn(CentreOverview::staff).setHeader(getTranslation("centre.staff"));
        grid.setItems(q -> centres.overviews(filter.getValue(), Lazy.page(q)).stream(),
            q -> (int) centres.countOverviews(filter.getValue()));
        grid.setAriaLabel(getTranslation("home.centres"));
        grid.setId("my-centres");
        Paragraph count = new Paragraph();
        Runnable recount = () -> count.setText(getTranslation("home.centreCount", centres.countOverviews(filter.getValue())));
        recount.run();
        filter.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            recount.run();
        });
        if (filterable) {
            layout.add(filter);
        }
        layout.add(count, grid);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
