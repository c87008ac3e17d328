package org.centrecpd.casestudies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.casestudies.extraction.TextExtractor;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyPage;
import org.centrecpd.casestudies.service.CaseStudyReading;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The hostile file corpus (issue 34 §5) through the whole upload path of a case study, one after another on the
 * same case study: each ends with a message naming the problem (a key of the bundle, refused at upload or when
 * read), the next good document is still taken and read (the server is up), what was attached before is still
 * there (nothing lost), and what is kept is served as a download, never inline. The extractor's own cases
 * (bomb, password, endless parse in a child JVM) are in {@link HostileDocumentsTest} and IsolationTest.
 */
@CentreTest
class HostileUploadCorpusTest {

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudyReading reading;
    @Autowired
    TextExtractor extractor;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext web;
    @TempDir
    Path folder;

    private final ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations");
    private int good;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** One hostile file: what it is called, and the answer wanted (a message key, or "kept" when it is harmless once stored). */
    record Hostile(String kind, String fileName, Path file, String wanted) {
    }

    @Test
    void everyHostileFileIsRefusedOrDefusedWithAClearMessageAndNothingElseIsLost() throws Exception {
        Fixture org = new Fixture(jdbc);
        long centre = org.centre("Corpus");
        Fixture.Login manager = org.login("Cora Corpus", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        Fixture.signIn(manager);
        long study = caseStudies.create(new CaseStudyForm("Hostile corpus", "The summary that must survive.", null, 2025, Set.of(centre),
            Set.of(), Set.of(), Set.of(), null));
        caseStudies.attach(study, "minutes.txt", Documents.text(folder, "minutes.txt", "Minutes of the first meeting"));

        List<Hostile> corpus = List.of(
            new Hostile("zip bomb", "bomb.docx", bomb(), "casestudies.file.bomb"),
            new Hostile("nested archive", "nested.zip", nestedZip(), "casestudies.file.type"),
            new Hostile("encrypted PDF", "locked.pdf", encryptedPdf(), "casestudies.file.encrypted"),
            new Hostile("encrypted DOCX", "locked.docx", encryptedDocx(), "casestudies.file.passwordProtected"),
            new Hostile("truncated PDF", "cut.pdf", truncatedPdf(), "casestudies.file.damaged"),
            new Hostile("0 bytes", "nothing.pdf", Files.createFile(folder.resolve("nothing.pdf")), "casestudies.file.emptyUpload"),
            new Hostile("one byte over the limit", "huge.pdf", oversized(), "casestudies.file.tooBig"),
            new Hostile("executable renamed .pdf", "report.pdf", executable(), "casestudies.file.type"),
            new Hostile("HTML with script", "page.html", Files.writeString(folder.resolve("page.html"),
                "<html><body><script>window.__xss=1</script><p onmouseover=\"alert(1)\">Garden notes</p></body></html>"), "kept"),
            new Hostile("SVG with script", "drawing.svg", Files.writeString(folder.resolve("drawing.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><text>hi</text></svg>"), "casestudies.file.type"),
            new Hostile("name with ../", "../../etc/passwd.txt", Documents.text(folder, "p.txt", "traversal"), "kept"),
            new Hostile("name of 300 characters", "n".repeat(296) + ".txt", Documents.text(folder, "l.txt", "long name"), "kept"),
            new Hostile("right-to-left override in the name", "invoice\u202Etxt.exe", Documents.text(folder, "r.txt", "rtl"), "kept"));

        var mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var asManager = authentication(new UsernamePasswordAuthenticationToken(manager.user(), null, manager.user().getAuthorities()));
        List<String> kept = new ArrayList<>(List.of("minutes.txt"));
        Map<String, String> wrong = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder(String.format("%-36s %-8s %-30s %-9s %-12s%n", "input kind", "payloads", "clear message",
            "server up", "nothing lost"));
        for (Hostile h : corpus) {
            String answer;
            CaseStudyPage.AttachmentRow row = null;
            try {
                row = caseStudies.attach(study, h.fileName(), h.file());
                answer = readAnswer(h.file());
            } catch (RuleViolation refused) {
                answer = refused.messageKey();
            } catch (RuntimeException unclear) {
                answer = "UNCLEAR " + unclear;
            }
            if (row != null) {
                kept.add(row.fileName());
                MockHttpServletResponse download = mvc.perform(get("/case-study-files/" + row.id()).with(asManager)).andReturn().getResponse();
                // The request's security filters clear this thread's sign-in when they finish: the test's own, too.
                Fixture.signIn(manager);
                String disposition = String.valueOf(download.getHeader("Content-Disposition"));
                if (download.getStatus() != 200 || !disposition.startsWith("attachment")
                    || !"nosniff".equals(download.getHeader("X-Content-Type-Options"))
                    || !String.valueOf(download.getContentType()).startsWith("application/octet-stream")) {
                    wrong.put(h.kind(), "served as " + download.getStatus() + " " + download.getContentType() + " " + disposition);
                }
                if (row.fileName().contains("/") || row.fileName().contains("..") || row.fileName().length() > 200
                    || row.fileName().chars().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
                    wrong.put(h.kind(), "stored as " + row.fileName());
                }
            }
            boolean clear = answer.equals(h.wanted()) || (h.wanted().equals("kept") && answer.equals("read"));
            if (!clear) {
                wrong.put(h.kind(), "expected " + h.wanted() + ", was " + answer);
            }
            boolean up = nextGoodDocumentIsTakenAndRead(study);
            kept.add("good-" + good + ".txt");
            CaseStudyPage page = reading.page(study);
            boolean nothingLost = page.attachments().stream().map(CaseStudyPage.AttachmentRow::fileName).toList().containsAll(kept)
                && "The summary that must survive.".equals(jdbc.queryForObject("select summary from case_study where id = ?", String.class, study));
            if (!up || !nothingLost) {
                wrong.put(h.kind(), "server up " + up + ", nothing lost " + nothingLost);
            }
            table.append(String.format("%-36s %-8d %-30.30s %-9s %-12s%n", "file: " + h.kind(), 1,
                (clear ? "yes: " : "NO: ") + answer.replace("casestudies.file.", ""), up ? "yes" : "NO", nothingLost ? "yes" : "NO"));
        }
        System.out.println("\nHostile files (case-study documents)\n" + table);
        assertThat(wrong).isEmpty();
    }

    /** What reading the document ends with: "read", or the reason it was refused (a key of the bundle). */
    private String readAnswer(Path file) {
        try {
            extractor.extract(file);
            return "read";
        } catch (TextExtractor.Refused refused) {
            assertThat(bundle.containsKey(refused.reasonKey())).as(refused.reasonKey()).isTrue();
            return refused.reasonKey();
        }
    }

    private boolean nextGoodDocumentIsTakenAndRead(long study) {
        try {
            good++;
            Path next = Documents.text(folder, "good-" + good + ".txt", "Good document number " + good + " " + System.nanoTime());
            caseStudies.attach(study, "good-" + good + ".txt", next);
            return extractor.extract(next).text().contains("Good document number " + good);
        } catch (Exception e) {
            return false;
        }
    }

    private Path bomb() throws Exception {
        Path bomb = folder.resolve("bomb.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(bomb)) {
            doc.createParagraph().createRun().setText("a".repeat(8_000_000));
            doc.write(out);
        }
        return bomb;
    }

    private Path nestedZip() throws Exception {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(inner)) {
            zip.putNextEntry(new ZipEntry("inner.txt"));
            zip.write("inside".getBytes(StandardCharsets.UTF_8));
        }
        Path outer = folder.resolve("nested.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(outer))) {
            for (int i = 0; i < 3; i++) {
                zip.putNextEntry(new ZipEntry("level" + i + ".zip"));
                zip.write(inner.toByteArray());
            }
        }
        return outer;
    }

    private Path encryptedPdf() throws Exception {
        Path locked = folder.resolve("locked.pdf");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Documents.pdf(folder, "open.pdf", "Confidential minutes").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        return locked;
    }

    private Path encryptedDocx() throws Exception {
        Path plain = Documents.docx(folder, "plain.docx", "Confidential plan");
        Path locked = folder.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        return locked;
    }

    private Path truncatedPdf() throws Exception {
        byte[] whole = Files.readAllBytes(Documents.pdf(folder, "whole.pdf", "A whole report", "with two lines"));
        return Files.write(folder.resolve("cut.pdf"), java.util.Arrays.copyOf(whole, whole.length / 2));
    }

    private Path oversized() throws Exception {
        Path huge = folder.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(caseStudies.maxUpload().toBytes() + 1); // sparse: nothing written
        }
        return huge;
    }

    /** The start of a Windows executable (MZ header, PE signature) under a PDF's name. */
    private Path executable() throws Exception {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return Files.write(folder.resolve("report.pdf"), exe);
    }
}
