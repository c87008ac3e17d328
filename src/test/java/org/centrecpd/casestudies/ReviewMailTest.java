package org.centrecpd.casestudies;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.Inbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.centrecpd.support.TestJvm;

/**
 * A manager writes up practice at their centre and a partner reviews it: the partner is told of each case study
 * to review, the manager of each step of the review, by e-mail through a real SMTP server (GreenMail), and
 * nobody else is told anything. A database of its own, so that the messages counted are this test's.
 */
@CentreTest
class ReviewMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyReading reading;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyReview review;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String username) {
        org.centrecpd.support.SignIn.as(users, username);
    }

    private long draft(String title) {
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        return caseStudies.create(new CaseStudyForm(title, "Saturday mornings for dads and their toddlers.", null, 2025,
            Set.of(ashbrook), Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(), Set.of(), null));
    }

    @Test
    void theReviewerIsToldWhatToReviewAndTheAuthorWhatTheReviewerDid() throws Exception {
        as(DemoLogins.MANAGER); // Ashbrook's manager
        long breakfast = draft("Dads' breakfast club");
        long walks = draft("Buggy walks");
        review.comment(breakfast, "I will add the survey results next week."); // their own: nobody is told
        as(DemoLogins.OTHER_MANAGER); // Bramley's manager, who then leaves: their sign-in is switched off
        long bramley = jdbc.queryForObject("select id from centre where name = 'Bramley Children''s Centre'", Long.class);
        long leaversDraft = caseStudies.create(new CaseStudyForm("Toy library", "Toys lent like books.", null, 2025,
            Set.of(bramley), Set.of(), Set.of(), Set.of(), null));
        jdbc.update("update user_account set enabled = false where username = ?", DemoLogins.OTHER_MANAGER);

        as(DemoLogins.PARTNER); // oversees Ashbrook
        review.comment(breakfast, "Lovely work. Did the <b>school</b> nurse come too?");
        review.requestChanges(breakfast, "Please say how many dads came.\nAnd for how many weeks.");
        review.approve(walks);
        review.publish(walks, false);
        review.withdraw(walks, "Superseded by the new walking group");
        review.comment(leaversDraft, "Who will finish this one?"); // its author has left: nobody is told

        as(DemoLogins.MANAGER); // makes the changes asked for: the partner is told it is ready again
        var asked = reading.page(breakfast);
        caseStudies.update(breakfast, asked.version(), new CaseStudyForm(asked.title(), asked.summary() + " Twelve dads came, over eight weeks.",
            asked.outcomes(), asked.year(), asked.centreIds(), asked.areas(), asked.qualities(), asked.ages(), asked.basedOn()));

        inbox.awaitReceived(9);
        Thread.sleep(500); // nothing more is on its way
        assertThat(smtp.getReceivedMessages()).hasSize(9);
        // The partner overseeing Ashbrook and Bramley: each case study written for them to review, and the one
        // changed as they asked.
        assertThat(inbox.to(DemoLogins.PARTNER).stream().map(ReviewMailTest::subject)).containsExactlyInAnyOrder(
            "A case study to review: Dads' breakfast club",
            "A case study to review: Buggy walks",
            "A case study to review: Toy library",
            "Changed for your review: Dads' breakfast club");
        assertThat(text(inbox.to(DemoLogins.PARTNER).stream().filter(m -> subject(m).equals("A case study to review: Buggy walks"))
            .findFirst().orElseThrow()))
            .contains("Hello Helen Marsh,")
            .contains("Daniel Whitcombe has written up practice from a centre you oversee as the case study \"Buggy walks\"")
            .contains("https://cpd.council.example/case-studies/" + walks);

        // The manager: the partner's five steps; their own comment and the leaver's draft told nobody.
        MimeMessage[] all = inbox.to(DemoLogins.MANAGER).toArray(MimeMessage[]::new);
        assertThat(Arrays.stream(all).map(ReviewMailTest::subject)).containsExactlyInAnyOrder(
            "A comment on your case study: Dads' breakfast club",
            "Changes asked for: Dads' breakfast club",
            "Approved: Buggy walks",
            "Published: Buggy walks",
            "Withdrawn: Buggy walks");

        String changes = text(only(all, "Changes asked for: Dads' breakfast club"));
        assertThat(changes)
            .contains("Hello Daniel Whitcombe,")
            .contains("Helen Marsh has asked for changes to your case study \"Dads' breakfast club\"")
            .contains("> Please say how many dads came.\n> And for how many weeks.")
            .contains("https://cpd.council.example/case-studies/" + breakfast);
        String comment = html(only(all, "A comment on your case study: Dads' breakfast club"));
        assertThat(comment).contains("Did the &lt;b&gt;school&lt;/b&gt; nurse come too?").doesNotContain("<b>school</b>");
        assertThat(html(only(all, "Published: Buggy walks"))).contains("href=\"https://cpd.council.example/case-studies/" + walks + "\"");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage only(MimeMessage[] all, String subject) {
        List<MimeMessage> found = Arrays.stream(all).filter(m -> subject.equals(subject(m))).toList();
        assertThat(found).as(subject).hasSize(1);
        return found.getFirst();
    }

    /** The plain-text part with Unix line ends, as the quoted text is written here. */
    private static String text(jakarta.mail.Part part) {
        return Inbox.text(part).replace("\r\n", "\n");
    }

    private static String html(jakarta.mail.Part part) {
        return Inbox.html(part).replace("\r\n", "\n");
    }
}
