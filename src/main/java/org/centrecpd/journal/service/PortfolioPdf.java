package org.centrecpd.journal.service;

import org.centrecpd.base.export.PdfFiles;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.SafeMarkdown;
import org.centrecpd.journal.ReflectiveModel;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A journal as a PDF portfolio: title page, contents, each entry with its structure, feedback and CPD time.
 * <p>
 * The PDF is tagged (PDF/UA: structure, language, title, bookmarks) and embeds DejaVu Sans, an
 * open-licence font (Bitstream Vera licence, see {@code fonts/DejaVu-LICENSE.txt}) shipped under
 * {@code src/main/resources/fonts}: the PDF base fonts are not embedded, which PDF/UA requires, and
 * cover little beyond Western European letters.
 */
final class PortfolioPdf {

    private static final String FONT = PdfFiles.FONT_FAMILY;

    private PortfolioPdf() {
    }

    static byte[] of(List<Entry> entries, String name, LocalDate today, ExportWording t) {
        return of(entries, List.of(), name, today, t);
    }

    static byte[] of(List<Entry> entries, List<ExternalLearning.Item> external, String name, LocalDate today, ExportWording t) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        doc.selectFirst("html").attr("lang", t.locale().toLanguageTag());
        Element head = doc.head();
        head.appendElement("title").text(t.get("journal.export.title", name));
        head.appendElement("meta").attr("name", "subject").attr("content", t.get("journal.export.subject"));
        head.appendElement("meta").attr("name", "author").attr("content", name);
        head.appendElement("style").appendText(css(t));
        Element bookmarks = head.appendElement("bookmarks");
        bookmarks.appendElement("bookmark").attr("name", t.get("journal.export.contents")).attr("href", "#contents");

        Element body = doc.body();
        Element title = body.appendElement("section").addClass("title-page");
        title.appendElement("h1").text(t.get("journal.export.heading"));
        title.appendElement("p").addClass("who").text(name);
        title.appendElement("p").text(t.get("journal.export.date", t.day(today)));
        int cpdMinutes = entries.stream().filter(Entry::countsAsCpd)
            .mapToInt(e -> e.minutesSpent() == null ? 0 : e.minutesSpent()).sum();
        title.appendElement("p").text(t.get("journal.export.summary", entries.size(), t.hours(cpdMinutes)));
        title.appendElement("p").addClass("note").text(t.get("journal.export.private"));

        Element contents = body.appendElement("nav").addClass("contents").id("contents");
        contents.appendElement("h2").text(t.get("journal.export.contents"));
        Element list = contents.appendElement("ul");
        int n = 0;
        for (Entry e : entries) {
            n++;
            String anchor = "entry-" + n;
            String heading = t.heading(e);
            list.appendElement("li").appendElement("a").attr("href", "#" + anchor)
                .text(heading + " (" + t.day(e.createdAt().toLocalDate()) + ")");
            bookmarks.appendElement("bookmark").attr("name", heading).attr("href", "#" + anchor);
            Element article = body.appendElement("article").addClass("entry").id(anchor);
            article.appendElement("h2").text(heading);
            article.appendElement("p").addClass("meta").text(t.meta(e));
            if (e.link() != null) {
                article.appendElement("p").addClass("meta").text(t.get("journal.meta.unit", e.link().courseTitle(), e.link().unitTitle()));
            }
            if (!e.tags().isEmpty()) {
                article.appendElement("p").addClass("meta").text(t.get("journal.meta.tags", String.join(", ", e.tags().stream().sorted().toList())));
            }
            if (!e.areas().isEmpty()) {
                article.appendElement("p").addClass("meta").text(t.get("journal.meta.areas", String.join(", ",
                    e.areas().stream().sorted().map(a -> t.get("corePurpose." + a)).toList())));
            }
            if (e.courseAnswer()) {
                article.appendElement("h3").text(t.get("journal.meta.question"));
                article.appendElement("p").text(e.prompt() == null ? "" : e.prompt());
                article.appendElement("h3").text(t.get("journal.export.answer"));
                article.appendElement("div").html(SafeMarkdown.toSafeHtml(e.body(), ""));
            } else if (e.model() == ReflectiveModel.FREE) {
                article.appendElement("div").html(SafeMarkdown.toSafeHtml(e.body(), ""));
            } else {
                for (String key : e.model().sections()) {
                    article.appendElement("h3").text(t.get("journal.section." + key));
                    String text = e.sections().get(key);
                    article.appendElement("div").html(text == null || text.isBlank()
                        ? "<p>" + t.get("journal.section.empty") + "</p>" : SafeMarkdown.toSafeHtml(text, ""));
                }
            }
            if (!e.feedback().isEmpty()) {
                Element fb = article.appendElement("section").addClass("feedback");
                fb.appendElement("h3").text(t.get("journal.feedback"));
                for (Entry.FeedbackRow f : e.feedback()) {
                    fb.appendElement("p").addClass("meta").text(t.get("journal.feedback.from", f.authorName(),
                        t.day(f.writtenAt().toLocalDate())));
                    fb.appendElement("div").html(SafeMarkdown.toSafeHtml(f.body(), ""));
                }
            }
        }
        if (entries.isEmpty()) {
            list.appendElement("li").text(t.get("journal.export.none"));
        }
        if (!external.isEmpty()) {
            list.appendElement("li").appendElement("a").attr("href", "#external").text(t.get("journal.export.external"));
            bookmarks.appendElement("bookmark").attr("name", t.get("journal.export.external")).attr("href", "#external");
            Element section = body.appendElement("section").addClass("entry").id("external");
            section.appendElement("h2").text(t.get("journal.export.external"));
            Element table = section.appendElement("table");
            Element header = table.appendElement("thead").appendElement("tr");
            for (String key : List.of("title", "provider", "date", "hours", "course")) {
                header.appendElement("th").attr("scope", "col").text(t.get("journal.export.external." + key));
            }
            Element rows = table.appendElement("tbody");
            for (ExternalLearning.Item item : external) {
                Element row = rows.appendElement("tr");
                row.appendElement("td").text(item.title());
                row.appendElement("td").text(item.provider());
                row.appendElement("td").text(t.day(item.completedOn()));
                row.appendElement("td").text(item.cpdHours().stripTrailingZeros().toPlainString());
                row.appendElement("td").text(item.course() == null ? "" : item.course());
            }
        }
        return render(doc);
    }

    private static byte[] render(Document doc) {
        return PdfFiles.fromDocument(new W3CDom().fromJsoup(doc));
    }

    private static String css(ExportWording t) {
        String pageOf = t.get("journal.export.pageOf").replace("\"", "");
        String[] parts = pageOf.split("\\{0\\}|\\{1\\}", -1);
        String pageContent = parts.length == 3
            ? "\"" + parts[0] + "\" counter(page) \"" + parts[1] + "\" counter(pages) \"" + parts[2] + "\""
            : "counter(page)";
        return """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
              @bottom-center { content: %s; font-family: '%s'; font-size: 9pt; color: #444; } }
            body { font-family: '%s'; font-size: 10.5pt; line-height: 1.45; color: #111; }
            code, pre, kbd, samp, tt { font-family: inherit; }
            h1 { font-size: 26pt; margin: 60mm 0 8mm 0; }
            h2 { font-size: 15pt; margin: 0 0 3mm 0; }
            h3 { font-size: 11.5pt; margin: 5mm 0 1mm 0; }
            .title-page { page-break-after: always; }
            .title-page .who { font-size: 16pt; font-weight: bold; }
            .title-page .note { margin-top: 20mm; color: #333; }
            .contents { page-break-after: always; }
            .contents ul { list-style: none; padding: 0; }
            .contents li { margin: 0 0 2mm 0; }
            .contents a { color: #111; text-decoration: none; }
            .contents a::after { content: leader('.') target-counter(attr(href), page); }
            .entry { page-break-before: always; }
            .contents + .entry { page-break-before: auto; }
            .meta { color: #333; font-size: 9.5pt; margin: 0 0 1mm 0; }
            .feedback { margin-top: 6mm; border-left: 2pt solid #555; padding-left: 4mm; }
            """.formatted(pageContent, FONT, FONT);
    }
}
