package org.centrecpd.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.security.Role;
import org.centrecpd.training.domain.RuleRow;
import org.centrecpd.training.service.AssignmentRules;
import org.centrecpd.training.service.AssignmentService;

/** The assignment rules in my scope, live ones first, and a way to make one. */
@Route("training/rules")
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class RulesView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<RuleRow> grid = new Grid<>(RuleRow.class, false);

    public RulesView(AssignmentRules rules, AssignmentService assignments) {
        setSizeFull();
        grid.addComponentColumn(r -> {
                RouterLink link = new RouterLink(r.courseTitle(), RuleView.class, new RouteParameters("ruleId", String.valueOf(r.id())));
                link.getElement().setAttribute("aria-label", getTranslation("training.rules.open", r.courseTitle()));
                return link;
            })
            .setHeader(getTranslation("training.course")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("training.rules.dueDays", r.dueDays())).setHeader(getTranslation("training.due"));
        grid.addColumn(r -> getTranslation(r.required() ? "training.required" : "training.recommended"))
            .setHeader(getTranslation("training.kind"));
        grid.addColumn(r -> Dates.day(r.createdOn(), getLocale())).setHeader(getTranslation("training.rules.madeOn"));
        grid.addColumn(r -> r.endedOn() == null ? getTranslation("training.rules.live")
            : getTranslation("training.rules.endedOn", Dates.day(r.endedOn(), getLocale()))).setHeader(getTranslation("training.status"));
        grid.addColumn(r -> getTranslation("training.rules.reached", r.reached())).setHeader(getTranslation("training.rule.reachedGrid"));
        grid.setAriaLabel(getTranslation("training.rules.grid"));
        grid.setId("training-rules");
        grid.setItems(rules.rules());
        Button create = new Button(getTranslation("training.rules.new"), e -> new RuleDialog(rules, assignments, null, null,
            id -> getUI().ifPresent(ui -> ui.navigate(RuleView.class, new RouteParameters("ruleId", String.valueOf(id))))).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-rule");
        add(new Paragraph(getTranslation("training.rules.intro")), create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.rules.title");
    }
}
