package org.centrecpd.casestudies.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both of Tika's isolations, as configured by the server (child JVMs with a memory and a time limit,
 * the text capped): hostile documents end with a plain reason, and the next document is read as
 * usual, so a bad file never costs anyone else their upload. The server uses pipes when it can start
 * its children from the class path, and the fork otherwise; both are checked here.
 */
class IsolationTest {

    @TempDir
    Path folder;
    private TextExtractor extractor;

    /**
     * Where the time limit is not what a test is about, one well above the time a forked child takes to start and
     * read a small document on a loaded machine: the ForkParser child asks its parent for every class over its pipe,
     * and with 5 s a damaged document was once reported as too slow (6.6 s, while three builds shared two cores).
     */
    private TextExtractor extractor(String isolation) {
        return extractor(isolation, Duration.ofSeconds(30));
    }

    /** The limit the endless parse is stopped at; the next document, read by a new child, must fit in it too. */
    private static final Duration SHORT_LIMIT = Duration.ofSeconds(10);

    private TextExtractor extractor(String isolation, Duration timeLimit) {
        extractor = new TextExtractor(timeLimit, "256m", 200_000, 1, isolation);
        assertThat(extractor.isolation()).isEqualTo(isolation.equals("pipes") ? "PipesParser" : "ForkParser");
        return extractor;
    }

    @AfterEach
    void stopChildren() {
        if (extractor != null) {
            extractor.destroy();
        }
    }

    private String reason(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            try {
                extractor.extract(file);
                return "read";
            } catch (TextExtractor.Refused refused) {
                System.out.println(extractor.isolation() + " refused: " + refused.getMessage());
                return refused.reasonKey();
            }
        });
    }

    private void stillReadsTheNextDocument() throws Exception {
        Path next = Files.writeString(folder.resolve("next.txt"), "Minutes of the parents' forum: the olive reading den.");
        assertThat(extractor.extract(next).text()).contains("olive reading den");
    }

    /**
     * The text is what the document's pages say, the same from both isolations: a title kept in the file's
     * properties, which a reader never sees on the page, is not put in front of it (it showed as the start of
     * every snippet, and its words counted once more in search).
     */
    @ParameterizedTest
    @ValueSource(strings = {"pipes", "fork"})
    void theTextIsWhatThePagesSayWithoutTheFilesProperties(String isolation) throws Exception {
        extractor(isolation);
        Path pdf = folder.resolve("report.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("Report of the stay and play sessions");
                text.endText();
            }
            doc.getDocumentInformation().setTitle("Draft three of the quarterly return");
            doc.save(pdf.toFile());
        }
        String read = extractor.extract(pdf).text();
        assertThat(read).contains("Report of the stay and play sessions").doesNotContain("quarterly return");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipes", "fork"})
    void aParseThatNeverEndsIsStoppedAtTheTimeLimit(String isolation) throws Exception {
        extractor(isolation, SHORT_LIMIT);
        Path endless = Files.writeString(folder.resolve("endless.docx"), EndlessParser.MAGIC + " and then nothing else",
            StandardCharsets.US_ASCII);
        assertThat(extractor.detect(endless)).isEqualTo(EndlessParser.TYPE.toString());

        long started = System.nanoTime();
        assertThat(reason(endless)).isEqualTo("casestudies.file.tooSlow");
        System.out.printf("%s stopped an endless parse after %.1f s (limit %d s)%n", isolation, (System.nanoTime() - started) / 1e9,
            SHORT_LIMIT.toSeconds());
        stillReadsTheNextDocument();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipes", "fork"})
    void aZipBombIsRecognisedAndTheNextDocumentRead(String isolation) throws Exception {
        // A limit well above the time a bomb takes to be recognised: on a loaded machine a 5 s limit ran out first,
        // and the bomb was reported as too slow (the reason a user would then read).
        extractor(isolation);
        Path bomb = folder.resolve("bomb.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(bomb)) {
            doc.createParagraph().createRun().setText("a".repeat(8_000_000));
            doc.write(out);
        }
        assertThat(reason(bomb)).isEqualTo("casestudies.file.bomb");
        stillReadsTheNextDocument();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipes", "fork"})
    void aTruncatedOrWronglyNamedDocumentSaysItIsDamaged(String isolation) throws Exception {
        extractor(isolation);
        Path whole = folder.resolve("whole.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(whole)) {
            doc.createParagraph().createRun().setText("The indigo climbing frame");
            doc.write(out);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("truncated.docx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(reason(truncated)).isEqualTo("casestudies.file.damaged");
        stillReadsTheNextDocument();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipes", "fork"})
    void textBeyondTheCapIsCutAndSaidToBe(String isolation) throws Exception {
        extractor(isolation);
        Path long_ = Files.writeString(folder.resolve("long.txt"), "stay and play ".repeat(20_000));
        TextExtractor.Extracted text = extractor.extract(long_);
        assertThat(text.truncated()).isTrue();
        assertThat(text.text().length()).isLessThanOrEqualTo(200_000);
        assertThat(text.text()).startsWith("stay and play");
    }
}
