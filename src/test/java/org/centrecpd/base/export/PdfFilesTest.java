package org.centrecpd.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** What a PDF reader copies or finds is what the document says: no ligature glyphs in the text layer (issue 33 §3b). */
class PdfFilesTest {

    private static final String HTML = """
        <!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"/><title>Certificate</title>
        <style>body { font-family: 'DejaVu Sans'; } h1 { font-weight: bold; }</style></head>
        <body><h1>Certificate of completion</h1><p>The first office staff finished an efficient, fluffy workflow.</p></body></html>
        """;

    @Test
    void theTextLayerHasLettersNotLigatures() throws IOException {
        String text = rawText(PdfFiles.fromHtml(HTML));

        assertThat(text).contains("Certificate of completion", "first office staff finished an efficient, fluffy workflow");
        assertThat(text.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06).count()).as("ligature characters").isZero();
    }

    @Test
    void aDomDocumentRendersTheSameWay() throws IOException {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(HTML);
        doc.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml);
        String text = rawText(PdfFiles.fromDocument(new org.jsoup.helper.W3CDom().fromJsoup(doc)));

        assertThat(text).contains("Certificate of completion", "efficient");
    }

    /**
     * The characters as the PDF maps them, before PDFBox's own clean-up: {@link PDFTextStripper} turns "\uFB01"
     * back into "fi" when it builds words, which pdftotext and PDF readers do not.
     */
    static String rawText(byte[] pdf) throws IOException {
        StringBuilder raw = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> raw.append(p.getUnicode()));
                }

                @Override
                protected void writeWordSeparator() {
                    raw.append(' ');
                }

                @Override
                protected void writeLineSeparator() {
                    raw.append(' ');
                }
            };
            stripper.getText(document);
        }
        return raw.toString().replaceAll("\\s+", " ");
    }
}
