package org.centrecpd.training.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.service.RollUp;

/** Below a centre's matrix: its completion at the end of each of the last twelve months, as a chart with its data. */
class CentreTrendSection extends Section {

    CentreTrendSection() {
        setId("trend");
    }

    void show(String centreName, List<RollUp> points) {
        removeAll();
        List<String> days = points.stream().map(p -> Dates.day(p.asAt(), getLocale())).toList();
        // A day on which nobody worked at the centre has no row: 0 assigned, shown as 0%.
        List<Integer> percents = points.stream().map(p -> p.tree().stream().mapToInt(RollUp.Line::percentComplete)
            .findFirst().orElse(0)).toList();
        String title = getTranslation("training.trend.centre", centreName);
        add(new H2(getTranslation("training.trend")), CompletionChart.trend("centre-trend-chart", title,
            getTranslation("training.trend.desc", days.getFirst(), days.getLast(), 1), days,
            List.of(new CompletionChart.Series(centreName, percents)), List.of(), getTranslation("training.rollUp.name"),
            getTranslation("training.chart.data")));
    }
}
