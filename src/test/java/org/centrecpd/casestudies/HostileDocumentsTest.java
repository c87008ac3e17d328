package org.centrecpd.casestudies;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.casestudies.extraction.TextExtractor;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Documents meant to hurt, or just broken: each ends with a plain reason naming what is wrong, the
 * server stays up (the reading happens in a child JVM), and the next document is read as usual.
 */
@CentreTest
class HostileDocumentsTest {

    @Autowired
    TextExtractor extractor;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyReading reading;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path folder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aZipBombIsRecognisedAndNotRead() throws Exception {
        // A Word document whose text is 8 million copies of one letter: a few KB on disk.
        Path bomb = folder.resolve("bomb.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(bomb)) {
            doc.createParagraph().createRun().setText("a".repeat(8_000_000));
            doc.write(out);
        }
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        assertThatThrownBy(() -> extractor.extract(bomb)).isInstanceOf(TextExtractor.Refused.class)
            .satisfies(e -> System.out.println("Zip bomb refused: " + e.getMessage()))
            .extracting(e -> ((TextExtractor.Refused) e).reasonKey()).isEqualTo("casestudies.file.bomb");
        assertThat(extractor.extract(Documents.pdf(folder, "after.pdf", "Still reading after the bomb")).text())
            .contains("Still reading after the bomb");
    }

    @Test
    void aPasswordProtectedPdfSaysSo() throws Exception {
        Path locked = folder.resolve("locked.pdf");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Documents.pdf(folder, "open.pdf", "Confidential minutes").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        assertThatThrownBy(() -> extractor.extract(locked)).isInstanceOf(TextExtractor.Refused.class)
            .extracting(e -> ((TextExtractor.Refused) e).reasonKey()).isEqualTo("casestudies.file.encrypted");
    }

    @Test
    void anEmptyFileAndAnOversizedUploadAreRefusedBeforeAnythingIsStored() throws Exception {
        assertThatThrownBy(() -> extractor.extract(Files.createFile(folder.resolve("empty.pdf"))))
            .extracting(e -> ((TextExtractor.Refused) e).reasonKey()).isEqualTo("casestudies.file.empty");

        var partner = users.loadUserByUsername(DemoLogins.PARTNER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(partner, null, partner.getAuthorities()));
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long id = caseStudies.create(new CaseStudyForm("Oversized", "A summary", null, 2025, Set.of(ashbrook), Set.of(), Set.of(),
            Set.of(), null));
        Path huge = folder.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(caseStudies.maxUpload().toBytes() + 1); // sparse: no 50 MB written
        }
        assertThatThrownBy(() -> caseStudies.attach(id, "huge.pdf", huge)).isInstanceOf(RuleViolation.class)
            .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("casestudies.file.tooBig");
        assertThatThrownBy(() -> caseStudies.attach(id, "nothing.pdf", Files.createFile(folder.resolve("nothing.pdf"))))
            .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("casestudies.file.emptyUpload");
        assertThat(reading.page(id).attachments()).isEmpty();
    }

    @Test
    void aPasswordProtectedWordDocumentIsRefusedWithWhatToDo() throws Exception {
        Path open = Documents.docx(folder, "open.docx", "Minutes of the staff meeting");
        Path locked = folder.resolve("locked.docx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (var in = Files.newInputStream(open); var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(in);
                 OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        var partner = users.loadUserByUsername(DemoLogins.PARTNER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(partner, null, partner.getAuthorities()));
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long id = caseStudies.create(new CaseStudyForm("Locked minutes", "A summary", null, 2025, Set.of(ashbrook), Set.of(), Set.of(),
            Set.of(), null));

        assertThatThrownBy(() -> caseStudies.attach(id, "locked.docx", locked)).isInstanceOf(RuleViolation.class)
            .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("casestudies.file.passwordProtected"))
            .satisfies(e -> assertThat(((RuleViolation) e).arguments()).containsExactly("locked.docx"));
        assertThat(org.centrecpd.support.Translations.bundle().getProperty("casestudies.file.passwordProtected"))
            .startsWith("This Word document ({0}) is protected with a password: save a copy without one and upload that");
        assertThat(reading.page(id).attachments()).isEmpty();
    }
}
