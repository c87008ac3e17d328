package org.centrecpd.training.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.base.ui.FilteredList;
import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;

/** Where a manager or partner starts: the centres in their scope, each opening its training matrix. */
@Route("training")
@Menu(title = "nav.training", order = 20, icon = "vaadin:clipboard-user")
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class TrainingView extends VerticalLayout implements HasDynamicTitle {

    public TrainingView(CentreService centres, CurrentUser currentUser) {
        setSizeFull();
        Role role = currentUser.require().role();
        if (role != Role.CENTRE_MANAGER) {
            add(new Paragraph(new RouterLink(getTranslation("training.rollUp.title"), RollUpView.class)));
        }
        add(new Paragraph(new RouterLink(getTranslation("training.rules.title"), RulesView.class)));
        FilteredList<CentreOverview> list = new FilteredList<>(CentreOverview.class, getTranslation("centres.filter"),
            centres::overviews, centres::countOverviews);
        list.grid().addComponentColumn(c -> new RouterLink(c.name(), CentreTrainingView.class,
                new RouteParameters("centreId", String.valueOf(c.id()))))
            .setHeader(getTranslation("centre.name")).setFlexGrow(2);
        list.grid().addColumn(CentreOverview::provider).setHeader(getTranslation("centre.provider")).setFlexGrow(2);
        list.grid().addColumn(CentreOverview::staff).setHeader(getTranslation("centre.staff"));
        list.grid().setAriaLabel(getTranslation("training.centres"));
        list.grid().setId("training-centres");
        add(new Paragraph(getTranslation("training.centres.intro")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training");
    }
}
