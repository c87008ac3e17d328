package org.centrecpd.training.service;

import org.centrecpd.base.export.PdfFiles;
import org.centrecpd.training.domain.CompletionDetails;
import java.util.Locale;
import org.centrecpd.base.ui.Dates;
import org.springframework.web.util.HtmlUtils;

/**
 * A certificate as an A4 tagged PDF (PDF/UA: headings, reading order and language for screen
 * readers), in the DejaVu Sans shipped with the app, so it looks the same on every server.
 */
final class CertificatePdf {

    private CertificatePdf() {
    }

    static byte[] render(CompletionDetails c, java.time.LocalDate validUntil, String code, String verifyUrl) {
        String hours = c.cpdHours().stripTrailingZeros().toPlainString();
        String html = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="UTF-8"/><title>Certificate of completion: %s</title>
            <meta name="subject" content="Certificate of completion"/><meta name="author" content="Centre CPD"/>
            <style>
              @page { size: A4 landscape; margin: 20mm; }
              body { font-family: 'DejaVu Sans'; color: #1a1a1a; text-align: center; }
              h1 { font-size: 30pt; margin-top: 20mm; }
              .name { font-size: 24pt; font-weight: bold; margin: 8mm 0; }
              .course { font-size: 20pt; margin: 6mm 0; }
              p { font-size: 12pt; }
              .code { margin-top: 14mm; font-size: 11pt; }
            </style></head>
            <body>
              <h1>Certificate of completion</h1>
              <p>This is to certify that</p>
              <p class="name">%s</p>
              <p>completed the course</p>
              <p class="course">%s (version %d)</p>
              <p>on %s, for %s CPD hours%s.</p>%s
              <p class="code">Verification code: %s. Check it at %s</p>
            </body></html>
            """.formatted(e(c.courseTitle()), e(c.personName()), e(c.courseTitle()), c.version(),
            e(Dates.longDay(c.completedOn(), Locale.UK)), e(hours), c.centre() == null ? "" : ", while at " + e(c.centre()),
            validUntil == null ? "" : "\n              <p class=\"valid\">Valid until " + e(Dates.longDay(validUntil, Locale.UK)) + ".</p>",
            e(code), e(verifyUrl));
        return PdfFiles.fromHtml(html);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8"); // XHTML: only &lt; &gt; &amp; &quot; &#39;, never named entities like &euml;
    }
}
