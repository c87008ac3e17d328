package org.centrecpd.reviews.service;

import org.centrecpd.base.export.PdfFiles;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.Texts;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.CourseFigures;
import org.springframework.web.util.HtmlUtils;

/**
 * A signed-off review as an A4 tagged PDF (PDF/UA: headings, tables, reading order and language) fit to hand
 * to a governing board: a cover with centre, term, partner and dates; then the figures (from the stored
 * snapshot, so the same numbers as the page), bar charts drawn as boxes with the same numbers in a table,
 * the judgements with the centre's responses, and the actions. Every word is real text. Labels come from
 * the one bundle the page uses ({@link Texts}).
 */
final class ReviewPdf {

    private static final Texts TEXTS = new Texts();
    private static final Locale UK = Locale.UK;

    private ReviewPdf() {
    }

    static byte[] render(ReviewPage page) {
        Pack p = page.pack();
        StringBuilder html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="UTF-8"/><title>%s</title>
            <meta name="subject" content="%s"/><meta name="author" content="%s"/>
            <style>
              @page { size: A4; margin: 18mm; }
              body { font-family: 'DejaVu Sans'; color: #1a1a1a; font-size: 10pt; }
              .cover { page-break-after: always; padding-top: 40mm; }
              .cover h1 { font-size: 24pt; }
              .cover p { font-size: 13pt; }
              h2 { font-size: 15pt; margin-top: 8mm; }
              table { border-collapse: collapse; width: 100%%; margin: 3mm 0; }
              th, td { border: 0.5pt solid #777; padding: 1.5mm; text-align: left; vertical-align: top; }
              .bar { background: #1a4f8b; height: 3mm; }
              .track { background: #dddddd; width: 60mm; }
            </style></head><body>
            """.formatted(e(title(page)), e(t("reviews.pdf.subject")), e(page.partner())));
        html.append("<div class=\"cover\"><h1>").append(e(title(page))).append("</h1>")
            .append(p(t("reviews.pdf.centre", p.centre())))
            .append(p(t("reviews.pdf.runBy", or(p.provider()), or(p.group()))))
            .append(p(t("reviews.pdf.term", Dates.longDay(page.termFrom(), UK), Dates.longDay(page.termLastDay(), UK))))
            .append(p(t("reviews.pdf.partner", page.partner())))
            .append(p(t("reviews.pdf.visit", page.visitDate() == null ? "—" : Dates.longDay(page.visitDate(), UK))))
            .append(p(t("reviews.pdf.signedOff", page.signedOffAt() == null ? "—" : Dates.longDay(page.signedOffAt().toLocalDate(), UK))))
            .append(page.revision() > 1 ? p(t("reviews.revision", page.revision())) : "")
            .append("</div>");

        html.append(h2(t("reviews.pack.title", Dates.longDay(p.asAt(), UK))));
        html.append(h3(t("reviews.pack.staff")));
        table(html, List.of(t("reviews.pack.figure"), t("reviews.pack.value")), List.of(
            List.of(t("reviews.pack.staffInPost"), String.valueOf(p.staffInPost())),
            List.of(t("reviews.pack.joiners"), String.valueOf(p.joiners())),
            List.of(t("reviews.pack.leavers"), String.valueOf(p.leavers()))));

        html.append(h3(t("reviews.pack.training")));
        List<List<String>> courses = new java.util.ArrayList<>();
        for (CourseFigures c : p.training()) {
            courses.add(trainingRow(c.course() + " (" + t(c.required() ? "reviews.pack.required" : "reviews.pack.recommended") + ")", c));
        }
        courses.add(trainingRow(t("reviews.pack.requiredAll"), p.trainingOfKind(true)));
        courses.add(trainingRow(t("reviews.pack.recommendedAll"), p.trainingOfKind(false)));
        courses.add(trainingRow(t("reviews.pack.allTraining"), p.trainingTotal()));
        if (p.previousTraining() != null) {
            courses.add(trainingRow(t("reviews.pack.previousTerm", Dates.day(p.previousAsAt(), UK)), p.previousTraining()));
        }
        courses.add(trainingRow(t("reviews.pack.authorityAverage", p.authority()), p.authorityTraining()));
        table(html, List.of(t("reviews.pack.course"), t("reviews.pack.assigned"), t("reviews.pack.completed"), t("reviews.pack.percentComplete"),
            t("reviews.pack.overdue"), t("reviews.pack.percentOverdue")), courses);
        html.append(h3(t("reviews.chart.completion")));
        bars(html, List.of(
            new String[] {t("reviews.pack.thisTerm"), String.valueOf(p.trainingTotal().percentComplete())},
            new String[] {t("reviews.pack.previousTermShort"), p.previousTraining() == null ? "0" : String.valueOf(p.previousTraining().percentComplete())},
            new String[] {t("reviews.pack.authorityShort"), String.valueOf(p.authorityTraining().percentComplete())}));

        html.append(h3(t("reviews.pack.workshops")));
        table(html, List.of(t("reviews.pack.figure"), t("reviews.pack.value")), List.of(
            List.of(t("reviews.pack.sessions"), String.valueOf(p.workshops().sessions())),
            List.of(t("reviews.pack.booked"), String.valueOf(p.workshops().booked())),
            List.of(t("reviews.pack.attended"), String.valueOf(p.workshops().attended())),
            List.of(t("reviews.pack.noShows"), String.valueOf(p.workshops().noShows()))));

        html.append(h3(t("reviews.pack.cpdAndJournal")));
        table(html, List.of(t("reviews.pack.figure"), t("reviews.pack.value")), List.of(
            List.of(t("reviews.pack.cpdHours"), p.cpdHours().toPlainString()),
            List.of(t("reviews.pack.journalWritten"), String.valueOf(p.journal().written())),
            List.of(t("reviews.pack.journalShared"), String.valueOf(p.journal().shared())),
            List.of(t("reviews.pack.supervisions"), String.valueOf(p.journal().supervisions()))));

        html.append(h3(t("reviews.pack.coverage")));
        table(html, List.of(t("reviews.pack.area"), t("reviews.pack.trainedStaff"), t("reviews.pack.caseStudiesPublished")),
            p.coverage().stream().map(a -> List.of(t(a.area().key()), String.valueOf(a.trainedStaff()), String.valueOf(a.caseStudies()))).toList());
        html.append(h3(t("reviews.chart.coverage")));
        bars(html, p.coverage().stream().map(a -> new String[] {t(a.area().key()),
            String.valueOf(p.staffInPost() == 0 ? 0 : Math.round(100.0 * a.trainedStaff() / p.staffInPost()))}).toList());

        html.append(h3(t("reviews.pack.caseStudies")));
        if (p.caseStudies().isEmpty()) {
            html.append(p(t("reviews.pack.noCaseStudies")));
        } else {
            table(html, List.of(t("reviews.pack.caseStudy"), t("reviews.pack.reviewState")),
                p.caseStudies().stream().map(c -> List.of(c.title(), c.status())).toList());
        }

        html.append(h3(t("reviews.pack.previousActions")));
        if (p.previousActions().isEmpty()) {
            html.append(p(t("reviews.pack.noPreviousActions")));
        } else {
            table(html, List.of(t("reviews.action.body"), t("reviews.action.owner"), t("reviews.action.due"), t("reviews.action.state")),
                p.previousActions().stream().map(a -> List.of(a.body(), a.owner(), Dates.day(a.dueOn(), UK),
                    a.doneOn() == null ? t("reviews.action.open") : t("reviews.action.doneOn", Dates.day(a.doneOn(), UK)))).toList());
        }

        html.append(h2(t("reviews.judgements")));
        table(html, List.of(t("reviews.pack.area"), t("reviews.judgement"), t("reviews.commentary"), t("reviews.response")),
            page.judgements().stream().map(j -> List.of(t(j.area().key()), j.judgement() == null ? "—" : t(j.judgement().key()),
                or(j.commentary()), or(j.response()))).toList());
        html.append(h3(t("reviews.strengths"))).append(p(or(page.strengths())));
        html.append(h3(t("reviews.priorities"))).append(p(or(page.priorities())));

        html.append(h2(t("reviews.actions")));
        if (page.actions().isEmpty()) {
            html.append(p(t("reviews.actions.none")));
        } else {
            table(html, List.of(t("reviews.action.body"), t("reviews.action.owner"), t("reviews.action.due"), t("reviews.response"),
                t("reviews.action.state")), page.actions().stream().map(a -> List.of(a.body(), a.ownerName(), Dates.day(a.dueOn(), UK),
                or(a.response()), a.doneOn() == null ? t("reviews.action.open") : t("reviews.action.doneOn", Dates.day(a.doneOn(), UK)))).toList());
        }
        html.append("</body></html>");
        return pdf(html.toString());
    }

    static String title(ReviewPage page) {
        return t("reviews.pdf.title", page.pack().centre(), t(page.season().key()), page.schoolYear() + "/" + ((page.schoolYear() + 1) % 100));
    }

    private static List<String> trainingRow(String name, CourseFigures c) {
        return List.of(name, String.valueOf(c.assigned()), String.valueOf(c.completed()), c.percentComplete() + "%",
            String.valueOf(c.overdue()), c.percentOverdue() + "%");
    }

    private static void bars(StringBuilder html, List<String[]> bars) {
        html.append("<table><thead><tr><th scope=\"col\">").append(e(t("reviews.chart.line"))).append("</th><th scope=\"col\">")
            .append(e(t("reviews.chart.percent"))).append("</th><th scope=\"col\">").append(e(t("reviews.chart.bar"))).append("</th></tr></thead><tbody>");
        for (String[] bar : bars) {
            int pct = Math.max(0, Math.min(100, Integer.parseInt(bar[1])));
            html.append("<tr><td>").append(e(bar[0])).append("</td><td>").append(pct).append("%</td><td><div class=\"track\"><div class=\"bar\" style=\"width:")
                .append(pct * 60 / 100).append("mm\"></div></div></td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void table(StringBuilder html, List<String> headers, List<List<String>> rows) {
        html.append("<table><thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(e(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(e(c)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static byte[] pdf(String html) {
        return PdfFiles.fromHtml(html);
    }

    private static String t(String key, Object... args) {
        return TEXTS.text(UK, key, args);
    }

    private static String or(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String p(String text) {
        return "<p>" + e(text) + "</p>";
    }

    private static String h2(String text) {
        return "<h2>" + e(text) + "</h2>";
    }

    private static String h3(String text) {
        return "<h3>" + e(text) + "</h3>";
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
