package org.centrecpd.training.service;

import org.centrecpd.training.domain.CompletionDetails;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.centrecpd.support.PdfUa;
import org.junit.jupiter.api.Test;

/**
 * A certificate is an accessible PDF: it passes veraPDF's PDF/UA-1 checks, and the properties a
 * screen reader relies on are there (structure tree, language, title shown in the window, embedded fonts).
 */
class CertificatePdfUaTest {

    private static byte[] certificate() {
        return CertificatePdf.render(new CompletionDetails(1, 2, "Amara Okafor-Lindqvist", "Managing change: \"TUPE\" & budgets", 3,
            LocalDate.of(2026, 3, 14), new BigDecimal("2.50"), "Ashbrook Children's Centre"), LocalDate.of(2028, 3, 14), "CPD-ABCD-EFGH",
            "https://cpd.example/verify/CPD-ABCD-EFGH");
    }

    @Test
    void aCertificatePassesPdfUa1() {
        assertThat(PdfUa.failures(certificate())).isEmpty();
    }

    /** The validator does reject: an untagged PDF with no language and no title fails several rules. */
    @Test
    void anUntaggedPdfFailsTheSameCheck() throws IOException {
        try (PDDocument plain = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            plain.addPage(new PDPage());
            plain.save(out);
            java.util.List<String> failures = PdfUa.failures(out.toByteArray());
            System.out.println("veraPDF on an untagged PDF: " + failures);
            assertThat(failures).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aCertificateIsTaggedWithLanguageTitleAndEmbeddedFonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(certificate())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Certificate of completion: Managing change");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }
}
