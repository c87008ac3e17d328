package org.centrecpd.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.privacy.domain.SubjectAccessRequest.Channel;
import org.centrecpd.privacy.service.SubjectAccess;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Subject access: a person asks for a copy of their data and gets one ZIP holding what every module holds about them
 * and nothing about anyone else; only they or an admin may download it, while the link lasts; it is logged, e-mailed,
 * due in a month, and each download is audited.
 */
@CentreTest
class SubjectAccessTest {

    @RegisterExtension
    static GreenMailExtension smtp = org.centrecpd.support.TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @Autowired
    SubjectAccess subjectAccess;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    PrivacyPeople people;

    @BeforeEach
    void people() {
        people = new PrivacyPeople(jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void aPersonsCopyHoldsWhatEveryModuleHoldsAboutThemAndNothingAboutAnyoneElse() throws Exception {
        clock.setDay(LocalDate.of(2026, 1, 31));
        Fixture.signIn(people.ada);
        SubjectAccess.RequestRow request = subjectAccess.requestMine();
        assertThat(request.dueOn()).as("a month from receipt, the month's last day when shorter").isEqualTo(LocalDate.of(2026, 2, 28));

        Map<String, byte[]> zip = unzip(subjectAccess.copy(request.id()).zip());
        assertThat(zip).containsKeys("README.txt", "summary.pdf");
        String csv = all(zip, ".csv");
        String json = all(zip, ".json");
        String pdf = pdfText(zip.get("summary.pdf")).replaceAll("\\s+", " ");
        for (String held : List.of("Ada Private", people.ada.email(), "Willow", "Ada reflects on a hard day with the Parkers",
            "Ada section about what happened", "Feedback for Ada: well noticed", "Supervision of Ada went well", "Ada will read the policy",
            "Managing change", "2025-05-01", "The core purpose", "ATTENDED", "Ada signed in from the library", "SELF")) {
            assertThat(csv).as("CSV holds " + held).contains(held);
            assertThat(json).as("JSON holds " + held).contains(held.replace("\"", "\\\""));
        }
        assertThat(pdf).contains("Ada Private", "Willow", "Ada reflects on a hard day", "Feedback for Ada", "Managing change");
        for (String other : List.of("Ben reflects", "Ben section", "Feedback for Ben", "Supervision of Ben", "Ben signed in", people.ben.email())) {
            assertThat(csv + json + pdf).as("nobody else's data: " + other).doesNotContain(other);
        }
        assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8)).contains("Ada Private", "summary.pdf", "right of access");
        // Each module's part is named in the files: a module that contributed nothing would be missing here.
        assertThat(zip.keySet()).anyMatch(f -> f.contains("-journal-")).anyMatch(f -> f.contains("-training-"))
            .anyMatch(f -> f.contains("-courses-")).anyMatch(f -> f.contains("-workshops-")).anyMatch(f -> f.contains("-organisation-"))
            .anyMatch(f -> f.contains("-audit-")).anyMatch(f -> f.contains("-security-")).anyMatch(f -> f.contains("-casestudies-"));
    }

    /**
     * The CSV and JSON files are for another system: every day in them is an ISO day (yyyy-MM-dd), every moment an ISO
     * date and time, never "7 Dec 2026", "07/12/2026" or Java's own forms of a date ("Mon Dec 07 …", "2026-12-07 17:29:39.0").
     */
    @Test
    void theMachineReadableFilesGiveEveryDateAsAnIsoDay() throws Exception {
        clock.setDay(LocalDate.of(2026, 1, 31));
        Fixture.signIn(people.ada);
        Map<String, byte[]> zip = unzip(subjectAccess.copy(subjectAccess.requestMine().id()).zip());
        String machine = all(zip, ".csv") + all(zip, ".json");
        assertThat(machine).as("a day held in the copy, as an ISO day").contains("2025-05-01", "2026-01-31");
        String month = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*";
        for (String wrong : List.of("\\b\\d{1,2} " + month + " \\d{4}", "\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b",
            "\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) " + month + " \\d{1,2}", "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d")) {
            Matcher found = Pattern.compile(wrong).matcher(machine);
            assertThat(found.find() ? found.group() : null).as("a date not in ISO form (" + wrong + ")").isNull();
        }
        Matcher moments = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2}T[^\"]*)\"").matcher(all(zip, ".json"));
        while (moments.find()) {
            // A moment with its offset; a wall-clock time (a session's start, in England) without one.
            assertThat(moments.group(1)).as("a moment in JSON, ISO 8601").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
        }
    }

    @Test
    void theManagersCopySaysWhenTheyWroteFeedbackNeverWhatAboutWhom() throws Exception {
        Fixture.signIn(people.manager);
        var request = subjectAccess.requestMine();
        String everything = all(unzip(subjectAccess.copy(request.id()).zip()), ".csv");
        assertThat(everything).contains("Mo Manager", "Pieces of feedback").doesNotContain("Feedback for Ada", "Feedback for Ben",
            "Supervision of Ada", "Ada reflects");
    }

    @Test
    void onlyThePersonOrAnAdminDownloadsTheCopyAndAnAdminNeverSeesTheJournalsWords() throws Exception {
        Fixture.signIn(people.ada);
        var request = subjectAccess.requestMine();
        for (Fixture.Login other : List.of(people.ben, people.manager)) {
            Fixture.signIn(other);
            assertThatThrownBy(() -> subjectAccess.copy(request.id())).as(other.name()).isInstanceOf(NotFoundException.class);
        }
        Fixture.signIn(people.admin);
        String adminsCopy = all(unzip(subjectAccess.copy(request.id()).zip()), ".csv");
        assertThat(adminsCopy).contains("Ada Private", "Managing change", "(private: only in the copy you download yourself)")
            .doesNotContain("hard day with the Parkers", "Ada section about what happened", "Feedback for Ada", "Supervision of Ada");
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'SUBJECT_ACCESS_DOWNLOADED' and subject = ?",
            String.class, people.ada.email())).hasSize(1).allMatch(d -> d.contains("by an admin, journal text left out"));
    }

    @Test
    void theRequestIsAcknowledgedByEmailWithALinkThatWorksForThePersonUntilItExpires() throws Exception {
        clock.setDay(LocalDate.of(2026, 3, 10));
        Fixture.signIn(people.ada);
        subjectAccess.requestMine();
        List<MimeMessage> mails = inbox.to(people.ada.email());
        assertThat(mails).hasSize(1);
        String body = GreenMailUtil.getBody(mails.getFirst());
        assertThat(mails.getFirst().getSubject()).isEqualTo("Your request for a copy of your data");
        assertThat(body).contains("10 March 2026", "10 April 2026", "24 March 2026");
        Matcher link = Pattern.compile("/privacy/copies/([A-Za-z0-9_-]{43})").matcher(body.replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        Fixture.signIn(people.ben);
        assertThatThrownBy(() -> subjectAccess.copyByLink(token)).isInstanceOf(NotFoundException.class);
        Fixture.signIn(people.ada);
        assertThat(unzip(subjectAccess.copyByLink(token).zip())).containsKey("summary.pdf");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SUBJECT_ACCESS_DOWNLOADED' and subject = ?",
            Long.class, people.ada.email())).isEqualTo(1);

        clock.setDay(LocalDate.of(2026, 3, 25));
        assertThatThrownBy(() -> subjectAccess.copyByLink(token)).as("expired").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> subjectAccess.leaverCopy(token)).as("not a leaver's link").isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdminLogsARequestThatCameByLetterAndSeesItsDueDateAndWhenItIsOverdue() throws Exception {
        clock.setDay(LocalDate.of(2026, 4, 1));
        Fixture.signIn(people.ben);
        assertThatThrownBy(() -> subjectAccess.raiseFor(people.ada.personId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subjectAccess.all()).isInstanceOf(AccessDeniedException.class);
        Fixture.signIn(people.admin);
        var raised = subjectAccess.raiseFor(people.ben.personId());
        assertThat(raised.channel()).isEqualTo(Channel.LETTER);
        assertThat(inbox.to(people.ben.email())).isNotEmpty();
        SubjectAccess.RequestRow row = mine(subjectAccess.all(), raised.id());
        assertThat(row.person()).isEqualTo("Ben Other");
        assertThat(row.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(row.overdue()).isFalse();

        clock.setDay(LocalDate.of(2026, 5, 2));
        assertThat(mine(subjectAccess.all(), raised.id()).overdue()).isTrue();
        assertThat(mine(subjectAccess.all(), raised.id()).downloadable()).as("the link lasts 14 days").isFalse();
        subjectAccess.newLink(raised.id());
        subjectAccess.copy(raised.id());
        SubjectAccess.RequestRow answered = mine(subjectAccess.all(), raised.id());
        assertThat(answered.fulfilledAt()).isNotNull();
        assertThat(answered.overdue()).as("answered, if late").isFalse();

        Fixture.signIn(people.ben);
        assertThat(subjectAccess.mine()).extracting(SubjectAccess.RequestRow::id).containsExactly(raised.id());
        Fixture.signIn(people.ada);
        assertThat(subjectAccess.mine()).isEmpty();
    }

    private static SubjectAccess.RequestRow mine(List<SubjectAccess.RequestRow> rows, long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static String all(Map<String, byte[]> files, String suffix) {
        StringBuilder text = new StringBuilder();
        files.forEach((name, bytes) -> {
            if (name.endsWith(suffix)) {
                text.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
            }
        });
        return text.toString();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
