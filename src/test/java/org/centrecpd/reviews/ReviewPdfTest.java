package org.centrecpd.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.reviews.service.Pack;
import org.centrecpd.reviews.service.ReviewPage;
import org.centrecpd.reviews.service.ReviewService;
import org.centrecpd.support.CentreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The signed-off review's PDF read back as text (PDFBox): real, extractable text with the same figures as the page. */
@CentreTest
class ReviewPdfTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void thePdfSaysWhatThePageSays() throws Exception {
        long id = jdbc.queryForObject("""
            select r.id from review r join centre c on c.id = r.centre_id
            where c.name = 'Ashbrook Children''s Centre' and r.status = 'SIGNED_OFF' order by r.id fetch first 1 rows only""", Long.class);
        ReviewPage page = reviews.open(id);
        Pack pack = page.pack();
        byte[] pdf = reviews.pdf(id).content();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Termly review: Ashbrook Children's Centre", "Improvement partner: Helen Marsh",
            "Staff in post at the end of the term " + pack.staffInPost(),
            "Joined during the term " + pack.joiners(),
            "All required training " + pack.trainingOfKind(true).assigned() + " " + pack.trainingOfKind(true).completed(),
            "CPD hours in the term " + pack.cpdHours().toPlainString(),
            "Complete the required course on managing change",
            "Agreed: two of the team");
    }
}
