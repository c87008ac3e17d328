package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.reviews.service.ReviewPage;
import org.springframework.web.util.HtmlUtils;

/** The words and plain tables the review page's sections share. */
final class ReviewWords {

    private ReviewWords() {
    }

    /** An action's state on {@code day}: done (when), overdue or open. */
    static String actionState(Component c, Locale locale, LocalDate doneOn, LocalDate dueOn, LocalDate day) {
        if (doneOn != null) {
            return c.getTranslation("reviews.action.doneOn", Dates.day(doneOn, locale));
        }
        return c.getTranslation(dueOn.isBefore(day) ? "reviews.action.overdue" : "reviews.action.open");
    }

    /** A plain, accessible data table (real th/td; the first cell of each row heads it). */
    static Html table(Component c, String id, List<String> headerKeys, List<List<Object>> rows) {
        StringBuilder html = new StringBuilder("<table class=\"chart-data pack-table\" id=\"").append(id).append("\"><thead><tr>");
        headerKeys.forEach(k -> html.append("<th scope=\"col\">").append(e(c.getTranslation(k))).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<Object> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = e(String.valueOf(row.get(i)));
                html.append(i == 0 ? "<th scope=\"row\">" + cell + "</th>" : "<td>" + cell + "</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        return new Html(html.toString());
    }

    /** "Visit: (date)", or a dash before a date is set. */
    static Paragraph visitLine(Component c, Locale locale, ReviewPage page) {
        return new Paragraph(c.getTranslation("reviews.pdf.visit", page.visitDate() == null ? "—" : Dates.longDay(page.visitDate(), locale)));
    }

    /** The text, or a dash for nothing written. */
    static String or(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
