package org.centrecpd.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart of percentages drawn on the server as SVG: each bar labelled in words and with its
 * number written beside it (never colour alone), a title and description for screen readers, Lumo's colours
 * (light and dark), and beneath it the same figures as a data table.
 */
public final class BarChart extends Div {

    /** One bar: its label, its percentage, and the figures of its row in the data table (after the label). */
    public record Bar(String label, int percent, List<Object> figures) {
    }

    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_WIDTH = 400;

    /** @param headers the data table's column headers: the label's, then one per figure */
    public BarChart(String id, String title, String description, List<Bar> bars, List<String> headers, String dataLabel) {
        setId(id);
        addClassName("completion-chart");
        int height = Math.max(1, bars.size()) * ROW + 10;
        StringBuilder svg = new StringBuilder()
            .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(LABEL_WIDTH + BAR_WIDTH + 60)
            .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
            .append("-desc\" style=\"width:100%;max-width:52rem;font-family:var(--lumo-font-family);font-size:13px\">")
            .append("<title id=\"").append(id).append("-title\">").append(e(title)).append("</title>")
            .append("<desc id=\"").append(id).append("-desc\">").append(e(description)).append("</desc>");
        int y = 5;
        for (Bar bar : bars) {
            int width = BAR_WIDTH * Math.max(0, Math.min(100, bar.percent())) / 100;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 18)
                .append("\" text-anchor=\"end\" style=\"fill:var(--lumo-body-text-color)\">").append(e(shorten(bar.label()))).append("</text>")
                .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"").append(BAR_WIDTH)
                .append("\" height=\"18\" style=\"fill:var(--lumo-contrast-10pct)\"/>")
                .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"").append(width)
                .append("\" height=\"18\" style=\"fill:var(--lumo-primary-color)\"/>")
                .append("<text x=\"").append(LABEL_WIDTH + BAR_WIDTH + 6).append("\" y=\"").append(y + 18)
                .append("\" style=\"fill:var(--lumo-body-text-color)\">").append(bar.percent()).append("%</text>");
            y += ROW;
        }
        svg.append("</svg>");
        add(new Svg(svg.toString()));
        StringBuilder table = new StringBuilder("<table class=\"chart-data\"><caption>").append(e(title)).append("</caption><thead><tr>");
        headers.forEach(h -> table.append("<th scope=\"col\">").append(e(h)).append("</th>"));
        table.append("</tr></thead><tbody>");
        for (Bar bar : bars) {
            table.append("<tr><th scope=\"row\">").append(e(bar.label())).append("</th>");
            bar.figures().forEach(f -> table.append("<td>").append(e(String.valueOf(f))).append("</td>"));
            table.append("</tr>");
        }
        table.append("</tbody></table>");
        Details data = new Details(dataLabel, new Html(table.toString()));
        data.setId(id + "-data");
        add(data);
    }

    private static String shorten(String label) {
        return label.length() > 40 ? label.substring(0, 39) + "…" : label;
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
