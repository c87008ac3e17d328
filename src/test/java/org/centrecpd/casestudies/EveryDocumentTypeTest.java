package org.centrecpd.casestudies;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.centrecpd.casestudies.extraction.DocumentType;
import org.centrecpd.casestudies.extraction.TextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of document the library accepts is recognised by its content (the files are named
 * ".bin" on purpose) and its text read, from fixtures made here.
 */
@CentreTest
class EveryDocumentTypeTest {

    @Autowired
    TextExtractor extractor;
    @TempDir
    Path folder;

    private void readsAs(Path file, DocumentType expected, String phrase) throws Exception {
        assertThat(DocumentType.of(extractor.detect(file))).as(file.getFileName().toString()).contains(expected);
        assertThat(extractor.extract(file).text()).as(file.getFileName().toString()).contains(phrase);
    }

    @Test
    void pdfWordPowerPointOpenDocumentRtfHtmlAndText() throws Exception {
        readsAs(Documents.pdf(folder, "a.bin", "The saffron rocking horse"), DocumentType.PDF, "saffron rocking horse");
        readsAs(Documents.docx(folder, "b.bin", "The indigo climbing frame"), DocumentType.WORD, "indigo climbing frame");

        Path pptx = folder.resolve("c.bin");
        try (XMLSlideShow slides = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
            XSLFTextBox box = slides.createSlide().createTextBox();
            box.setText("The turquoise sand tray");
            slides.write(out);
        }
        readsAs(pptx, DocumentType.POWERPOINT, "turquoise sand tray");

        readsAs(odt(folder.resolve("d.bin"), "The crimson story sack"), DocumentType.ODT, "crimson story sack");
        readsAs(Files.writeString(folder.resolve("e.bin"), "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} The amber bubble machine\\par}"),
            DocumentType.RTF, "amber bubble machine");
        readsAs(Files.writeString(folder.resolve("f.bin"),
            "<!DOCTYPE html><html><head><title>Note</title></head><body><p>The scarlet puppet theatre</p>"
                + "<script>document.write('not text')</script></body></html>"), DocumentType.HTML, "scarlet puppet theatre");
        readsAs(Files.writeString(folder.resolve("g.bin"), "Minutes of the parents' forum: the olive reading den.\n",
            StandardCharsets.UTF_8), DocumentType.TEXT, "olive reading den");
    }

    @Test
    void wordNinetySevenByItsContent() throws Exception {
        // POI cannot write a .doc from nothing; this one is from Apache Tika's own test corpus (a test dependency).
        Path doc = folder.resolve("h.bin");
        try (var in = getClass().getResourceAsStream("/test-documents/testWORD.doc")) {
            Files.copy(in, doc);
        }
        assertThat(extractor.detect(doc)).isEqualTo("application/msword");
        readsAs(doc, DocumentType.WORD, "This is a sample Microsoft Word Document");
    }

    /** A minimal OpenDocument text: the stored mimetype first, then the content. */
    private static Path odt(Path file, String text) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "office:version=\"1.2\"><office:body><office:text><text:p>" + text + "</text:p></office:text></office:body>"
                + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
