package org.centrecpd.base.export;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Every PDF of the app (certificates, portfolios, termly reviews, personal copies): tagged (PDF/UA),
 * in the DejaVu Sans shipped with the app, so it looks and reads the same on every server.
 *
 * <p>PDFBox 3 applies the font's standard ligatures ({@code liga}) when it writes Latin text, so "certificate"
 * went into the text layer as "certi\uFB01cate": copying it or searching for it in a PDF reader failed. The
 * fonts are handed to the renderer without their glyph-substitution table, so every letter stays a letter.
 */
public final class PdfFiles {

    /** The CSS {@code font-family} the documents name. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = withoutLigatures("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = withoutLigatures("/fonts/DejaVuSans-Bold.ttf");

    private PdfFiles() {
    }

    /** An XHTML document as a PDF. */
    public static byte[] fromHtml(String xhtml) {
        return render(builder -> builder.withHtmlContent(xhtml, null));
    }

    /** A DOM document (e.g. converted from jsoup with {@code W3CDom}) as a PDF. */
    public static byte[] fromDocument(org.w3c.dom.Document document) {
        return render(builder -> builder.withW3cDocument(document, ""));
    }

    private static byte[] render(java.util.function.Consumer<PdfRendererBuilder> content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // Nothing outside the document is fetched: a picture in someone's Markdown (a journal entry in a portfolio)
            // must not make the server request an address of the writer's choosing, an internal one included. Only
            // pictures carried in the document itself (data: addresses) are drawn.
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            content.accept(builder);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font file with its {@code GSUB} table renamed in the table directory, so that PDFBox finds no
     * substitutions to apply. Glyph outlines, widths and the character map are untouched; the table is not
     * embedded anyway (PDFBox's subsetter keeps only the tables a PDF needs).
     */
    static byte[] withoutLigatures(String resource) {
        byte[] font;
        try (InputStream in = PdfFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + resource);
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (java.util.Arrays.equals(font, record, record + 4, gsub, 0, 4)) {
                System.arraycopy("xsub".getBytes(StandardCharsets.US_ASCII), 0, font, record, 4);
            }
        }
        return font;
    }
}
