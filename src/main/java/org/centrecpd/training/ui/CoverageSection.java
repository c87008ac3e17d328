package org.centrecpd.training.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.stream.Collectors;
import org.centrecpd.base.ui.BarChart;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.service.Coverage;

/** Core-purpose coverage below a centre's matrix: the eight areas, how many staff are trained in each, gaps named. */
class CoverageSection extends Section {

    CoverageSection() {
        setId("coverage");
    }

    void show(Coverage c) {
        removeAll();
        String title = getTranslation("training.coverage");
        Paragraph gaps = new Paragraph(c.gaps() == 0
            ? getTranslation("training.coverage.noGaps", c.staff())
            : getTranslation("training.coverage.gaps", c.gaps(), c.areas().stream().filter(Coverage.Area::isGap)
                .map(a -> getTranslation(a.area().key())).collect(Collectors.joining("; "))));
        gaps.setId("coverage-gaps");
        List<BarChart.Bar> bars = c.areas().stream()
            .map(a -> new BarChart.Bar((a.isGap() ? getTranslation("training.coverage.gapMark") + " " : "") + getTranslation(a.area().key()),
                a.percent(), List.<Object>of(a.trained(), c.staff(), a.percent() + "%",
                    getTranslation(a.isGap() ? "training.coverage.gap" : "training.coverage.covered"))))
            .toList();
        add(new H2(title), gaps, new BarChart("coverage-chart", title,
            getTranslation("training.coverage.desc", Dates.day(c.asAt(), getLocale()), c.staff()), bars,
            List.of(getTranslation("training.coverage.area"), getTranslation("training.coverage.trained"),
                getTranslation("training.coverage.staff"), getTranslation("training.coverage.percent"),
                getTranslation("training.coverage.state")), getTranslation("training.chart.data")));
    }
}
