package org.centrecpd.training.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Html;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A trend of % complete drawn on the server as SVG (no JavaScript, no Node build): one line per series, told
 * apart by dash and marker rather than colour, a title and description for screen readers, colours from Lumo's
 * variables so it follows light and dark mode, and the same numbers as a data table beneath it. Bars are the
 * shared {@link org.centrecpd.base.ui.BarChart}.
 */
final class CompletionChart extends Div {

    /** One line of a trend: its name, and its % complete at each day of the trend (in order). */
    record Series(String label, List<Integer> percents) {
    }

    /** The drawing patterns of the lines, so that no line is told from another by its colour alone. */
    private static final String[] DASHES = {"", "8 4", "2 3", "10 3 2 3", "4 4", "1 5"};
    private static final String[] MARKERS = {"circle", "square", "diamond", "triangle", "cross", "circle-open"};

    private CompletionChart(String id) {
        setId(id);
        addClassName("completion-chart");
    }

    /**
     * A line chart of % complete over days: one line per series, each with its own dash pattern and
     * marker and its name written at its end, the days along the bottom, a title and description for
     * screen readers; beneath it, the same numbers as a data table (a row per series, a column per day).
     */
    static CompletionChart trend(String id, String title, String description, List<String> days, List<Series> lines,
                                 List<Series> tableOnly, String nameHeader, String dataLabel) {
        CompletionChart chart = new CompletionChart(id);
        int left = 50;
        int plotWidth = 560;
        int top = 10;
        int plotHeight = 220;
        int width = left + plotWidth + 230;
        int height = top + plotHeight + 50;
        int n = Math.max(1, days.size() - 1);
        StringBuilder svg = new StringBuilder()
            .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
            .append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
            .append("-desc\" style=\"width:100%;max-width:56rem;font-family:var(--lumo-font-family);font-size:12px\">")
            .append("<title id=\"").append(id).append("-title\">").append(e(title)).append("</title>")
            .append("<desc id=\"").append(id).append("-desc\">").append(e(description)).append("</desc>");
        for (int pct = 0; pct <= 100; pct += 25) {
            int y = top + plotHeight - plotHeight * pct / 100;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotWidth).append("\" y1=\"").append(y)
                .append("\" y2=\"").append(y).append("\" style=\"stroke:var(--lumo-contrast-20pct)\"/>")
                .append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4)
                .append("\" text-anchor=\"end\" style=\"fill:var(--lumo-secondary-text-color)\">").append(pct).append("%</text>");
        }
        for (int i = 0; i < days.size(); i++) {
            int x = left + plotWidth * i / n;
            svg.append("<text x=\"").append(x).append("\" y=\"").append(top + plotHeight + 18)
                .append("\" text-anchor=\"middle\" style=\"fill:var(--lumo-secondary-text-color)\">").append(e(days.get(i))).append("</text>");
        }
        for (int s = 0; s < lines.size(); s++) {
            Series series = lines.get(s);
            String stroke = s % 2 == 0 ? "var(--lumo-primary-color)" : "var(--lumo-contrast-70pct)";
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < series.percents().size(); i++) {
                points.append(left + plotWidth * i / n).append(',')
                    .append(top + plotHeight - plotHeight * clamp(series.percents().get(i)) / 100).append(' ');
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" points=\"").append(points.toString().strip())
                .append("\" style=\"stroke:").append(stroke).append('"')
                .append(DASHES[s % DASHES.length].isEmpty() ? "" : " stroke-dasharray=\"" + DASHES[s % DASHES.length] + "\"")
                .append("/>");
            for (int i = 0; i < series.percents().size(); i++) {
                svg.append(marker(MARKERS[s % MARKERS.length], left + plotWidth * i / n,
                    top + plotHeight - plotHeight * clamp(series.percents().get(i)) / 100, stroke));
            }
            if (!series.percents().isEmpty()) {
                int last = clamp(series.percents().getLast());
                svg.append("<text x=\"").append(left + plotWidth + 10).append("\" y=\"")
                    .append(top + plotHeight - plotHeight * last / 100 + 4 + 12 * (s % 3 - 1) * (lines.size() > 1 ? 1 : 0))
                    .append("\" style=\"fill:var(--lumo-body-text-color)\">").append(e(shorten(series.label()))).append(' ')
                    .append(last).append("%</text>");
            }
        }
        svg.append("</svg>");
        chart.add(new Svg(svg.toString()));
        StringBuilder table = new StringBuilder("<table class=\"chart-data\"><caption>").append(e(title))
            .append("</caption><thead><tr>").append(th(nameHeader));
        days.forEach(d -> table.append(th(d)));
        table.append("</tr></thead><tbody>");
        for (Series series : java.util.stream.Stream.concat(lines.stream(), tableOnly.stream()).toList()) {
            table.append("<tr><th scope=\"row\">").append(e(series.label())).append("</th>");
            series.percents().forEach(p -> table.append("<td>").append(p).append("%</td>"));
            table.append("</tr>");
        }
        table.append("</tbody></table>");
        Details data = new Details(dataLabel, new Html(table.toString()));
        data.setId(id + "-data");
        chart.add(data);
        return chart;
    }

    private static int clamp(int percent) {
        return Math.max(0, Math.min(100, percent));
    }

    private static String marker(String shape, int x, int y, String stroke) {
        String style = "\" style=\"fill:" + stroke + ";stroke:" + stroke + "\"/>";
        return switch (shape) {
            case "square" -> "<rect x=\"" + (x - 4) + "\" y=\"" + (y - 4) + "\" width=\"8\" height=\"8" + style;
            case "diamond" -> "<polygon points=\"" + x + "," + (y - 5) + " " + (x + 5) + "," + y + " " + x + "," + (y + 5) + " "
                + (x - 5) + "," + y + style;
            case "triangle" -> "<polygon points=\"" + x + "," + (y - 5) + " " + (x + 5) + "," + (y + 4) + " " + (x - 5) + ","
                + (y + 4) + style;
            case "cross" -> "<path d=\"M" + (x - 4) + " " + (y - 4) + "L" + (x + 4) + " " + (y + 4) + "M" + (x + 4) + " " + (y - 4)
                + "L" + (x - 4) + " " + (y + 4) + "\" stroke-width=\"2" + style;
            case "circle-open" -> "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"4\" style=\"fill:var(--lumo-base-color);stroke:"
                + stroke + "\"/>";
            default -> "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"4" + style;
        };
    }

    private static String th(String text) {
        return "<th scope=\"col\">" + e(text) + "</th>";
    }

    private static String shorten(String label) {
        return label.length() > 40 ? label.substring(0, 39) + "…" : label;
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
