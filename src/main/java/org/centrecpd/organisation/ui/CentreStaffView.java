package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Lazy;
import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.StaffMember;
import org.centrecpd.security.Role;

/**
 * The staff of one centre today. The id in the URL is checked by the services against the
 * caller's scope; another centre's id shows "not found".
 */
@Route("centres/:centreId([0-9]+)/staff")
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class CentreStaffView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CentreService centres;
    private final PeopleService people;
    private final H2 heading = new H2();
    private final Paragraph arrangement = new Paragraph();
    private final TextField filter = new TextField();
    private final Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);
    private String title = "";

    public CentreStaffView(CentreService centres, PeopleService people) {
        this.centres = centres;
        this.people = people;
        filter.setLabel(getTranslation("staff.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        grid.addColumn(StaffMember::fullName).setHeader(getTranslation("person.name")).setFlexGrow(2).setFrozen(true);
        grid.addColumn(s -> getTranslation(s.jobRole().key())).setHeader(getTranslation("person.jobRole"));
        grid.addColumn(StaffMember::email).setHeader(getTranslation("person.email")).setFlexGrow(2);
        grid.addColumn(s -> Dates.day(s.since(), getLocale()))
            .setHeader(getTranslation("staff.since"));
        grid.setAriaLabel(getTranslation("staff.grid"));
        grid.setId("staff-grid");
        // Fills the page's height, never squeezed below a few rows (at 200-400 % zoom the page scrolls instead).
        grid.setMinHeight("16rem");
        setSizeFull();
        add(heading, arrangement, filter, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long centreId = event.getRouteParameters().getLong("centreId")
            .orElseThrow(() -> new NotFoundException("Centre"));
        CentreOverview centre = centres.overview(centreId);
        title = getTranslation("staff.title", centre.name());
        heading.setText(centre.name());
        arrangement.setText(getTranslation("centre.runBy", centre.provider(), centre.group() == null ? "—" : centre.group(), centre.staff()));
        grid.setItems(q -> people.staff(centreId, filter.getValue(), Lazy.page(q)).stream(),
            q -> (int) people.countStaff(centreId, filter.getValue()));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
