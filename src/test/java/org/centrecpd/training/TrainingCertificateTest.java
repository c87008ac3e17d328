package org.centrecpd.training;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.centrecpd.support.Fixture;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.training.service.CertificateFile;
import org.centrecpd.training.domain.CompletionDetails;
import org.centrecpd.training.service.CpdRecord;
import org.centrecpd.training.service.CpdRecordService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The CPD record and the certificate: the PDF's text read back, and its code checked. */
@CentreTest
class TrainingCertificateTest {

    @Autowired
    CpdRecordService records;
    @Autowired
    JdbcTemplate jdbc;

    private long fixture() {
        Fixture org = new Fixture(jdbc);
        long provider = org.provider("A");
        long centre = org.centre("Certbury");
        org.arrangement(centre, provider, null, LocalDate.of(2024, 1, 1), null);
        long zoe = org.person("Zoë Certified");
        org.employ(zoe, centre, JobRole.EARLY_YEARS_PRACTITIONER, LocalDate.of(2024, 1, 1), null);
        org.completed(zoe, "managing-change", LocalDate.of(2025, 11, 3));
        org.completed(zoe, "core-purpose", LocalDate.of(2026, 2, 14));
        return zoe;
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theCertificateSaysWhoDidWhatAndWhenAndItsCodeChecksOut() throws Exception {
        long zoe = fixture();
        CpdRecord record = records.record(zoe);
        assertThat(record.completions()).extracting(CompletionDetails::courseTitle)
            .containsExactly("The core purpose of children's centres", "Managing change");
        assertThat(record.years()).extracting(y -> y.year() + ": " + y.courses() + " course(s), " + y.hours().stripTrailingZeros().toPlainString() + " h")
            .containsExactly("2026: 1 course(s), 1.5 h", "2025: 1 course(s), 1.5 h");

        CompletionDetails managingChange = record.completions().get(1);
        CertificateFile file = records.certificate(managingChange.completionId());
        assertThat(file.code()).matches("CPD-[A-HJ-NP-Z2-9]{10}");
        try (PDDocument pdf = Loader.loadPDF(file.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Certificate of completion", "Zoë Certified", "Managing change (version 1)",
                "on 3 November 2025, for 1.5 CPD hours, while at Certbury", "Verification code: " + file.code(),
                "verify/" + file.code());
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PERSONAL_DATA_EXPORTED' "
            + "and subject = 'Certificate of Zoë Certified' and detail = ?", Long.class, "Managing change, " + file.code()))
            .isEqualTo(1);
        // The same completion keeps its code.
        assertThat(records.certificate(managingChange.completionId()).code()).isEqualTo(file.code());

        assertThat(records.verify(file.code().toLowerCase())).get()
            .satisfies(c -> {
                assertThat(c.personName()).isEqualTo("Zoë Certified");
                assertThat(c.courseTitle()).isEqualTo("Managing change");
                assertThat(c.completedOn()).isEqualTo(LocalDate.of(2025, 11, 3));
                assertThat(c.state()).isEqualTo(org.centrecpd.training.service.CertificateCheck.State.VALID);
            });
        assertThat(records.verify("CPD-NOTAREALONE")).isEmpty();
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aManagerGetsNoCertificateOrRecordOfSomeoneElsewhere() {
        long zoe = fixture();
        long completion = jdbc.queryForObject("select min(id) from course_completion where person_id = ?", Long.class, zoe);
        assertThatThrownBy(() -> records.record(zoe)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> records.certificate(completion)).isInstanceOf(NotFoundException.class);
    }
}
