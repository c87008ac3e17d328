package org.centrecpd.training.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.base.ui.FilteredList;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.training.domain.CentreTotals;
import org.centrecpd.training.service.CentresByAttention;

/**
 * Where a manager or partner starts: the centres in their scope, those needing attention first (most overdue or
 * expired, then renewals coming due), each opening its training matrix. A manager of one centre goes straight to
 * its matrix: a list of one row is a page with nothing to choose.
 */
@Route("training")
@Menu(title = "nav.training", order = 20, icon = "vaadin:clipboard-user")
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class TrainingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CentresByAttention centres;
    private final Role role;

    public TrainingView(CentresByAttention centres, CurrentUser currentUser) {
        this.centres = centres;
        setSizeFull();
        role = currentUser.require().role();
        if (role != Role.CENTRE_MANAGER) {
            add(new Paragraph(new RouterLink(getTranslation("training.rollUp.title"), RollUpView.class)));
        }
        add(new Paragraph(new RouterLink(getTranslation("training.rules.title"), RulesView.class)));
        FilteredList<CentreTotals> list = new FilteredList<>(CentreTotals.class, getTranslation("centres.filter"),
            centres::page, centres::count);
        list.grid().addComponentColumn(c -> new RouterLink(c.centre(), CentreTrainingView.class,
                new RouteParameters("centreId", String.valueOf(c.centreId()))))
            .setHeader(getTranslation("centre.name")).setWidth("14rem").setFlexGrow(2).setFrozen(true);
        list.grid().addColumn(CentreTotals::overdue).setHeader(getTranslation("training.rollUp.overdue"));
        list.grid().addColumn(CentreTotals::expired).setHeader(getTranslation("training.rollUp.expired"));
        list.grid().addColumn(CentreTotals::renewalDue).setHeader(getTranslation("training.rollUp.renewal"));
        list.grid().addColumn(CentreTotals::provider).setHeader(getTranslation("centre.provider")).setFlexGrow(2);
        list.grid().addColumn(CentreTotals::staff).setHeader(getTranslation("centre.staff"));
        list.grid().setAriaLabel(getTranslation("training.centres"));
        list.grid().setId("training-centres");
        add(new Paragraph(getTranslation("training.centres.attention")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (role == Role.CENTRE_MANAGER) {
            centres.onlyCentre().ifPresent(id -> event.forwardTo(CentreTrainingView.class,
                new RouteParameters("centreId", String.valueOf(id))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training");
    }
}
