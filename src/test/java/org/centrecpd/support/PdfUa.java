package org.centrecpd.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks a PDF against PDF/UA-1 (ISO 14289-1) with veraPDF, the open-source validator, offline. It
 * reads the file with its own parser, not PDFBox, so it judges what PDFBox wrote independently.
 * Machine-checkable rules only: whether alt texts are meaningful and the reading order makes sense
 * still needs a person (the Matterhorn protocol's human checks).
 */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** The rules the PDF breaks, as "clause-test: description (times)"; empty when it conforms to PDF/UA-1. */
    public static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage(), 1,
                        Integer::sum);
                }
            }
            if (result.isCompliant() && !failed.isEmpty()) {
                throw new IllegalStateException("veraPDF says compliant but lists failures: " + failed);
            }
            return failed.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + "x)").toList();
        } catch (ValidationException e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
