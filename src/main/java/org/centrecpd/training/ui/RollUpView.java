package org.centrecpd.training.ui;

import org.centrecpd.base.ui.BarChart;
import org.centrecpd.base.ui.GridHeights;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.security.Role;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.RollUp;

/**
 * Completion from local authority down to centre, as at any day: each centre counted under the
 * provider and group it had that day, each person under the centre they worked at that day.
 */
@Route("training/roll-up")
@Menu(title = "nav.rollUp", order = 21, icon = "vaadin:chart-grid")
@RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class RollUpView extends VerticalLayout implements HasDynamicTitle {

    private final CompletionService completion;
    private final DatePicker asAt = Dates.picker();
    private final TreeGrid<RollUp.Line> grid = new TreeGrid<>();
    private final Paragraph totals = new Paragraph();
    private final com.vaadin.flow.component.html.Div chart = new com.vaadin.flow.component.html.Div();

    public RollUpView(CompletionService completion) {
        this.completion = completion;
        // As tall as its content: the tree shows its rows and the page scrolls (a full-height view squeezed it to three).
        setWidthFull();
        asAt.setLabel(getTranslation("training.asAt"));
        asAt.setLocale(getLocale());
        asAt.setMax(completion.today());
        asAt.setValue(completion.today());
        asAt.setId("as-at");
        totals.setId("roll-up-totals");
        grid.addHierarchyColumn(l -> l.name().isEmpty() ? getTranslation("training.rollUp.none") : l.name()).setHeader(getTranslation("training.rollUp.name"))
            // Room for a provider's name three levels deep: at the flex share of ten columns it was a sliver at 1280 px,
            // and names broke letter by letter. The figures take what their widest value needs.
            .setWidth("16rem").setFlexGrow(1).setFrozen(true);
        grid.addColumn(l -> getTranslation("training.level." + l.level().name().toLowerCase())).setHeader(getTranslation("training.rollUp.level")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RollUp.Line::staff).setHeader(getTranslation("centre.staff")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RollUp.Line::assigned).setHeader(getTranslation("training.rollUp.assigned")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RollUp.Line::completed).setHeader(getTranslation("training.rollUp.completed")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.percentComplete() + "%").setHeader(getTranslation("training.rollUp.percent")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RollUp.Line::overdue).setHeader(getTranslation("training.rollUp.overdue")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RollUp.Line::renewalDue).setHeader(getTranslation("training.rollUp.renewal")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RollUp.Line::expired).setHeader(getTranslation("training.rollUp.expired")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(l -> l.centreId() == null ? new Span()
                : matrixLink(l))
            .setHeader(getTranslation("training.rollUp.matrix")).setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(getTranslation("training.rollUp.title"));
        grid.setId("roll-up");
        grid.setWidthFull();
        asAt.addValueChangeListener(e -> refresh());
        // The trend adds up twelve days (about ten times one roll-up): drawn when asked for, not on every visit.
        com.vaadin.flow.component.details.Details trendBox = new com.vaadin.flow.component.details.Details(
            getTranslation("training.trend"));
        trendBox.setId("trend");
        trendBox.addOpenedChangeListener(e -> {
            if (e.isOpened() && trendBox.getContent().findAny().isEmpty()) {
                trendBox.add(trend());
            }
        });
        add(asAt, totals, new ExportLinks("training-roll-up", this::table, null), grid, chart, trendBox);
        refresh();
    }

    /**
     * Completion over the last twelve months (end of each month, and today): a line for all centres
     * in view and one per local authority, and in the data table every provider and group as well.
     */
    private com.vaadin.flow.component.Component trend() {
        List<RollUp> points = completion.trend();
        List<String> days = points.stream().map(p -> Dates.day(p.asAt(), getLocale())).toList();
        List<CompletionChart.Series> lines = new java.util.ArrayList<>();
        lines.add(new CompletionChart.Series(getTranslation("training.trend.all"), points.stream().map(p -> {
            long assigned = p.tree().stream().mapToLong(RollUp.Line::assigned).sum();
            long completed = p.tree().stream().mapToLong(RollUp.Line::completed).sum();
            return new RollUp.Line(RollUp.Level.LOCAL_AUTHORITY, "", null, 0, assigned, completed, 0, 0, 0, List.of()).percentComplete();
        }).toList()));
        java.util.Map<String, List<Integer>> authorities = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<Integer>> below = new java.util.LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            for (RollUp.Line la : points.get(i).tree()) {
                series(authorities, la.name(), i, points.size()).set(i, la.percentComplete());
                for (RollUp.Line provider : la.children()) {
                    String name = getTranslation("training.level.provider") + ": " + label(provider) + " (" + la.name() + ")";
                    series(below, name, i, points.size()).set(i, provider.percentComplete());
                    for (RollUp.Line group : provider.children()) {
                        if (!group.name().isEmpty()) {
                            series(below, getTranslation("training.level.group") + ": " + group.name() + " (" + la.name() + ")", i,
                                points.size()).set(i, group.percentComplete());
                        }
                    }
                }
            }
        }
        authorities.forEach((name, percents) -> lines.add(new CompletionChart.Series(name, percents)));
        List<CompletionChart.Series> tableOnly = below.entrySet().stream()
            .map(e -> new CompletionChart.Series(e.getKey(), e.getValue())).toList();
        String title = getTranslation("training.trend");
        return CompletionChart.trend("trend-chart", title, getTranslation("training.trend.desc", days.getFirst(), days.getLast(),
            lines.size()), days, lines, tableOnly, getTranslation("training.rollUp.name"), getTranslation("training.chart.data"));
    }

    /** A line's % at each day of the trend; 0 on days the line did not exist (e.g. before a recommissioning). */
    private static List<Integer> series(java.util.Map<String, List<Integer>> all, String name, int day, int days) {
        return all.computeIfAbsent(name, n -> new java.util.ArrayList<>(java.util.Collections.nCopies(days, 0)));
    }

    /** Rows the expanded tree shows. */
    private static int lines(List<RollUp.Line> tree) {
        return tree.stream().mapToInt(l -> 1 + lines(l.children())).sum();
    }

    private String label(RollUp.Line line) {
        return line.name().isEmpty() ? getTranslation("training.rollUp.none") : line.name();
    }

    private RouterLink matrixLink(RollUp.Line centre) {
        RouterLink link = new RouterLink(getTranslation("training.rollUp.open"), CentreTrainingView.class,
            new RouteParameters("centreId", String.valueOf(centre.centreId())));
        link.setQueryParameters(QueryParameters.simple(Map.of("on", asAt.getValue().toString())));
        link.getElement().setAttribute("aria-label", getTranslation("training.rollUp.openCentre", centre.name()));
        return link;
    }

    private void refresh() {
        if (asAt.getValue() == null) {
            return;
        }
        RollUp rollUp = completion.rollUp(asAt.getValue());
        List<RollUp.Line> tree = rollUp.tree();
        TreeData<RollUp.Line> data = new TreeData<>();
        add(data, null, tree);
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expand(tree);
        GridHeights.showRows(grid, lines(tree));
        long assigned = tree.stream().mapToLong(RollUp.Line::assigned).sum();
        long completed = tree.stream().mapToLong(RollUp.Line::completed).sum();
        long overdue = tree.stream().mapToLong(RollUp.Line::overdue).sum();
        long renewalDue = tree.stream().mapToLong(RollUp.Line::renewalDue).sum();
        long expired = tree.stream().mapToLong(RollUp.Line::expired).sum();
        totals.setText(getTranslation("training.rollUp.totals", Dates.day(rollUp.asAt(), getLocale()), assigned, completed, overdue,
            renewalDue, expired));
        List<BarChart.Bar> bars = tree.stream().flatMap(la -> la.children().stream()
                .map(p -> new BarChart.Bar(p.name() + " (" + la.name() + ")", p.percentComplete(),
                    List.<Object>of(p.percentComplete() + "%", p.completed(), p.assigned(), p.overdue()))))
            .toList();
        chart.removeAll();
        chart.add(new com.vaadin.flow.component.html.H2(getTranslation("training.chart.providers")),
            new BarChart("providers-chart", getTranslation("training.chart.providers"),
                getTranslation("training.chart.providers.desc", Dates.day(rollUp.asAt(), getLocale()), bars.size()), bars,
                List.of(getTranslation("centre.provider"), getTranslation("training.rollUp.percent"), getTranslation("training.rollUp.completed"),
                    getTranslation("training.rollUp.assigned"), getTranslation("training.rollUp.overdue")), getTranslation("training.chart.data")));
    }

    private org.centrecpd.base.export.Table table() {
        List<List<Object>> rows = new java.util.ArrayList<>();
        flatten(completion.rollUp(asAt.getValue()).tree(), rows);
        return new org.centrecpd.base.export.Table(getTranslation("training.rollUp.title"), List.of(getTranslation("training.rollUp.level"),
            getTranslation("training.rollUp.name"), getTranslation("centre.staff"), getTranslation("training.rollUp.assigned"),
            getTranslation("training.rollUp.completed"), getTranslation("training.rollUp.percent"), getTranslation("training.rollUp.overdue"),
            getTranslation("training.rollUp.renewal"), getTranslation("training.rollUp.expired")),
            rows);
    }

    private void flatten(List<RollUp.Line> lines, List<List<Object>> rows) {
        for (RollUp.Line l : lines) {
            rows.add(List.of(getTranslation("training.level." + l.level().name().toLowerCase()),
                l.name().isEmpty() ? getTranslation("training.rollUp.none") : l.name(), l.staff(), l.assigned(), l.completed(),
                l.percentComplete(), l.overdue(), l.renewalDue(), l.expired()));
            flatten(l.children(), rows);
        }
    }

    private static void add(TreeData<RollUp.Line> data, RollUp.Line parent, List<RollUp.Line> lines) {
        for (RollUp.Line line : lines) {
            data.addItem(parent, line);
            add(data, line, line.children());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.rollUp.title");
    }
}
