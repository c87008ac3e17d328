package org.centrecpd.privacy.service;

import org.centrecpd.base.export.PdfFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.export.TableFiles;
import org.centrecpd.base.privacy.DataSubject;
import org.centrecpd.base.privacy.PersonalData;
import org.centrecpd.base.ui.Dates;
import org.springframework.web.util.HtmlUtils;

/**
 * The copy of a person's data as one ZIP: a README, a readable PDF summary (tagged PDF/UA, like the certificates)
 * and, for each table every module contributed, the same rows as CSV and as JSON. Made from what the modules hold
 * when it is downloaded, never stored.
 */
final class PersonalCopy {

    /** One module's tables, under the module's heading. */
    record Part(String module, List<Table> tables) {
    }

    private PersonalCopy() {
    }

    static List<Part> collect(List<PersonalData> holders, DataSubject person) {
        List<Part> parts = new ArrayList<>();
        for (PersonalData holder : holders) {
            String module = holder.getClass().getPackageName().replace("org.centrecpd.", "").split("\\.")[0];
            parts.add(new Part(module, holder.copyOf(person)));
        }
        return parts;
    }

    /**
     * The CSV and JSON are for another system, so a day is an ISO day (yyyy-MM-dd) and a moment an ISO instant, whatever
     * form a module's query handed them over in (JDBC's {@code java.sql.Date} and {@code Timestamp} print otherwise).
     */
    static Table isoDates(Table table) {
        return new Table(table.title(), table.headers(), table.rows().stream()
            .map(row -> row.stream().map(PersonalCopy::isoValue).toList()).toList());
    }

    private static Object isoValue(Object value) {
        return switch (value) {
            case java.sql.Date day -> day.toLocalDate();
            case java.sql.Timestamp moment -> moment.toInstant();
            case java.util.Date moment -> moment.toInstant();
            case null, default -> value;
        };
    }

    static byte[] zip(DataSubject person, List<Part> parts, LocalDate made) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            List<String> files = new ArrayList<>();
            int n = 0;
            for (Part part : parts) {
                for (Table held : part.tables()) {
                    Table table = isoDates(held);
                    n++;
                    String base = "data/%02d-%s-%s".formatted(n, part.module(), slug(table.title()));
                    put(zip, base + ".csv", TableFiles.csv(table));
                    put(zip, base + ".json", json(table).getBytes(StandardCharsets.UTF_8));
                    files.add(base + ".csv / .json: " + table.title() + " (" + table.rows().size() + " rows)");
                }
            }
            put(zip, "summary.pdf", pdf(person, parts, made));
            put(zip, "README.txt", readme(person, files, made).getBytes(StandardCharsets.UTF_8));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(DataSubject person, LocalDate made) {
        return "centre-cpd-my-data-" + person.personId() + "-" + made + ".zip";
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String readme(DataSubject person, List<String> files, LocalDate made) {
        return """
            Your data in Centre CPD
            =======================

            This is a copy of everything Centre CPD holds about %s, made on %s, in answer to a request
            under UK GDPR Article 15 (right of access).

            summary.pdf      the same information, readable, with headings
            data/            one file per kind of data, as CSV (opens in a spreadsheet) and as JSON
                             (for another system); the CSV and JSON of one kind hold the same rows

            %s

            %s
            What is not in here, and why:
            - Feedback and supervision notes you wrote about other people are theirs: this copy says when you
              wrote feedback, not what, about whom.
            - Workshop evaluation answers are anonymous: nobody can tell which answers were yours.
            - Passwords are stored only as a one-way hash, and links only as a hash; neither can be copied.

            How long each kind of data is kept, why, and on what lawful basis: the privacy notice in the app
            (the "Privacy" link at the foot of every page and on the sign-in page). To ask for a correction or
            for something to be deleted, contact the data protection officer named there.
            """.formatted(person.fullName(), made, String.join("\n", files.stream().map(f -> "  " + f).toList()),
            person.forThemselves() ? "" : ADMIN_NOTE);
    }

    private static final String ADMIN_NOTE = """
        This copy was downloaded by an admin for you. The words of your journal, of the feedback on it and of
        your supervision notes are private to you: they are marked "private" here. You get them in the copy
        you download yourself, signed in, from the link we e-mailed you or from Your data in the app.
        """;

    static String json(Table table) {
        StringBuilder out = new StringBuilder("{\"title\":").append(quote(table.title())).append(",\"rows\":[");
        for (int r = 0; r < table.rows().size(); r++) {
            out.append(r == 0 ? "\n  {" : ",\n  {");
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < table.headers().size(); c++) {
                Object value = c < row.size() ? row.get(c) : null;
                out.append(c == 0 ? "" : ",").append(quote(table.headers().get(c))).append(':');
                out.append(value instanceof Number ? value.toString() : value == null ? "null" : quote(value.toString()));
            }
            out.append('}');
        }
        return out.append("\n]}\n").toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) {
                        out.append("\\u%04x".formatted((int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40) : slug;
    }

    static byte[] pdf(DataSubject person, List<Part> parts, LocalDate made) {
        StringBuilder html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="UTF-8"/><title>Your data in Centre CPD: %1$s</title>
            <meta name="subject" content="A copy of personal data (UK GDPR Article 15)"/><meta name="author" content="Centre CPD"/>
            <style>
              @page { size: A4; margin: 16mm; }
              body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1a1a1a; }
              h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 8mm; } h3 { font-size: 11pt; }
              table { border-collapse: collapse; width: 100%%; margin-bottom: 4mm; }
              th, td { border: 0.5pt solid #777; padding: 1.5mm; text-align: left; vertical-align: top; }
              th { background: #eee; }
              td, dd { white-space: pre-wrap; }
              dl.row { border-top: 0.5pt solid #777; padding-top: 2mm; margin: 0 0 3mm 0; }
              dt { font-weight: bold; } dd { margin: 0 0 1.5mm 0; }
            </style></head><body>
            <h1>Your data in Centre CPD</h1>
            <p>Everything Centre CPD holds about <strong>%1$s</strong>, made on %2$s. The same data is in the files in the
            folder <em>data</em> of this ZIP, as CSV and JSON.</p>
            """.formatted(e(person.fullName()), e(Dates.longDay(made, Locale.UK))));
        String module = null;
        for (Part part : parts) {
            if (!part.module().equals(module)) {
                module = part.module();
            }
            for (Table table : part.tables()) {
                html.append("<h2>").append(e(table.title())).append("</h2>");
                if (table.rows().isEmpty()) {
                    html.append("<p>Nothing held.</p>");
                    continue;
                }
                if (table.headers().size() > 5) {
                    // Too many columns to read across a page: one block per row, each value under its heading.
                    for (List<Object> row : table.rows()) {
                        html.append("<dl class=\"row\">");
                        for (int c = 0; c < table.headers().size() && c < row.size(); c++) {
                            html.append("<dt>").append(e(table.headers().get(c))).append("</dt><dd>").append(e(text(row.get(c)))).append("</dd>");
                        }
                        html.append("</dl>");
                    }
                    continue;
                }
                html.append("<table><thead><tr>");
                table.headers().forEach(h -> html.append("<th scope=\"col\">").append(e(h)).append("</th>"));
                html.append("</tr></thead><tbody>");
                for (List<Object> row : table.rows()) {
                    html.append("<tr>");
                    row.forEach(v -> html.append("<td>").append(e(text(v))).append("</td>"));
                    html.append("</tr>");
                }
                html.append("</tbody></table>");
            }
        }
        html.append("</body></html>");
        return PdfFiles.fromHtml(html.toString());
    }

    private static String text(Object value) {
        if (value instanceof TemporalAccessor && value instanceof LocalDate day) {
            return day.toString();
        }
        return value == null ? "" : value.toString();
    }

    private static String e(String text) {
        // XHTML: control characters other than tab and newline are not allowed in the document.
        String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
        return HtmlUtils.htmlEscape(clean, "UTF-8");
    }
}
