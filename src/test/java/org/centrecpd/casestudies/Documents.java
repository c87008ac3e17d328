package org.centrecpd.casestudies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Test documents made on the spot, so each test knows exactly what text is inside. */
public final class Documents {

    private Documents() {
    }

    /** A PDF with these lines, 40 to a page. */
    public static Path pdf(Path folder, String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int first = 0; first < Math.max(1, lines.length); first += 40) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(font, 12);
                    text.newLineAtOffset(50, 700);
                    for (int i = first; i < Math.min(lines.length, first + 40); i++) {
                        text.showText(lines[i]);
                        text.newLineAtOffset(0, -16);
                    }
                    text.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path docx(Path folder, String name, String... paragraphs) throws IOException {
        Path file = folder.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    public static Path text(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
