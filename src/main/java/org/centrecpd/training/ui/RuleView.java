package org.centrecpd.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.centrecpd.audit.PersonalDataExports;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.ui.ConfirmDestructive;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.security.Role;
import org.centrecpd.training.domain.RuleReach;
import org.centrecpd.training.service.AssignmentRules;
import org.centrecpd.training.service.AssignmentService;

/** One rule: its audience and terms, who it reached and when (and who has left), and ways to change or end it. */
@Route("training/rules/:ruleId([0-9]+)")
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class RuleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentRules rules;
    private final AssignmentService assignments;
    private final Paragraph audience = new Paragraph();
    private final Paragraph terms = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Grid<RuleReach> grid = new Grid<>(RuleReach.class, false);
    private long ruleId;
    private AssignmentRules.RulePage page;

    public RuleView(AssignmentRules rules, AssignmentService assignments, PersonalDataExports audit) {
        this.rules = rules;
        this.assignments = assignments;
        setSizeFull();
        grid.addComponentColumn(r -> new RouterLink(r.name(), PersonTrainingView.class,
            new RouteParameters("personId", String.valueOf(r.personId())))).setHeader(getTranslation("training.rule.person"))
            // Wide enough for a name on one line: at the default width the link wrapped into a 16 px target (axe target-size).
            .setWidth("14rem").setFlexGrow(2);
        grid.addColumn(r -> Dates.day(r.joinedOn(), getLocale())).setHeader(getTranslation("training.rule.joinedOn"));
        grid.addColumn(r -> Dates.day(r.assignedOn(), getLocale())).setHeader(getTranslation("training.rule.assignedOn"));
        grid.addColumn(r -> Dates.day(r.dueOn(), getLocale())).setHeader(getTranslation("training.due"));
        grid.addComponentColumn(r -> r.cancelledOn() != null
                ? new Span(getTranslation("training.cancelled.on", Dates.day(r.cancelledOn(), getLocale())))
                : new StatusLabel(r.status(), r.status() == org.centrecpd.training.TrainingStatus.COMPLETED ? r.completedOn() : r.dueOn(), false))
            .setHeader(getTranslation("training.status")).setFlexGrow(2);
        grid.addColumn(r -> r.leftOn() == null ? getTranslation("training.rule.stillIn") : Dates.day(r.leftOn(), getLocale()))
            .setHeader(getTranslation("training.rule.leftOn"));
        grid.setAriaLabel(getTranslation("training.rule.reachedGrid"));
        grid.setId("rule-reached");
        add(new RouterLink(getTranslation("training.rules.title"), RulesView.class), new H2(getTranslation("training.rule.audience")),
            audience, new H2(getTranslation("training.rule.terms")), terms, actions,
            new H2(getTranslation("training.rule.reachedGrid")), new ExportLinks("rule-reached", this::table, audit), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ruleId = event.getRouteParameters().getLong("ruleId").orElseThrow(() -> new NotFoundException("Rule"));
        refresh();
    }

    private void refresh() {
        page = rules.page(ruleId);
        var rule = page.rule();
        List<String> roles = page.form().roles().stream().map(r -> getTranslation(r.key())).sorted().toList();
        audience.setText(String.join(", ", page.places()) + " — "
            + (roles.isEmpty() ? getTranslation("training.rule.anyJob") : String.join(", ", roles)));
        terms.setText(getTranslation("training.rules.dueDays", rule.dueDays()) + "; "
            + getTranslation(rule.required() ? "training.required" : "training.recommended")
            + (rule.endedOn() == null ? "" : "; " + getTranslation("training.rules.endedOn", Dates.day(rule.endedOn(), getLocale()))));
        actions.removeAll();
        if (rule.endedOn() == null) {
            Button change = new Button(getTranslation("training.rule.change"), e -> new RuleDialog(rules, assignments, ruleId, page.form(),
                id -> refresh()).open());
            change.setId("change-rule");
            Button end = new Button(getTranslation("training.rule.end"), e -> ConfirmDestructive.open("end-rule-confirm",
                getTranslation("training.rule.end"), getTranslation("training.rule.end.confirm"), getTranslation("training.rule.end"),
                getTranslation("action.cancel"), () -> {
                    rules.end(ruleId);
                    Feedback.saved(this, "training.rule.end.done");
                    refresh();
                }));
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            end.setId("end-rule");
            actions.add(change, end);
        }
        grid.setItems(page.reached());
    }

    private Table table() {
        return new Table(getTranslation("training.rule.reachedGrid"), List.of(getTranslation("training.rule.person"),
            getTranslation("training.rule.joinedOn"), getTranslation("training.rule.assignedOn"), getTranslation("training.due"),
            getTranslation("training.status"), getTranslation("training.completedOn"), getTranslation("training.rule.leftOn")),
            rules.page(ruleId).reached().stream().map(r -> Arrays.<Object>asList(r.name(), r.joinedOn(), r.assignedOn(), r.dueOn(),
                r.cancelledOn() == null ? getTranslation(r.status().key()) : getTranslation("training.cancelled"), r.completedOn(),
                r.leftOn())).toList());
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("training.rules.title") : getTranslation("training.rule.title", page.rule().courseTitle());
    }
}
