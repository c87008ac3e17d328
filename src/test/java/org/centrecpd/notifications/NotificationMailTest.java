package org.centrecpd.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.centrecpd.support.Fixture.as;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.mail.MailKind;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.briefings.service.BriefingForm;
import org.centrecpd.briefings.service.BriefingReading;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.notifications.service.DigestFrequency;
import org.centrecpd.notifications.service.MailChoice;
import org.centrecpd.notifications.service.Notices;
import org.centrecpd.notifications.service.NotificationSettings;
import org.centrecpd.notifications.service.ScopeDigest;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.centrecpd.support.TestJvm;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Mail through a real SMTP server (GreenMail), read back: the booking mail's HTML part and its Message-ID on the
 * public host; a kind of mail switched off is not sent but still listed in the person's notices (the bell's count);
 * mail policy requires stays on; the scope digest comes at most once a week (by the injected clock), or as chosen.
 */
@CentreTest
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    NotificationSettings settings;
    @Autowired
    Notices notices;
    @Autowired
    ScopeDigest digest;
    @Autowired
    SessionService sessions;
    @Autowired
    BookingService booking;
    @Autowired
    AssignmentService assigning;
    @Autowired
    BriefingService briefings;
    @Autowired
    BriefingReading briefingReading;

    TwoCentres org;
    Login ann;
    Login bea;
    long session;

    @BeforeEach
    void organisation() throws Exception {
        clock.setDay(MONDAY);
        org = new TwoCentres(jdbc);
        ann = org.practitioner("Ann Mail");
        bea = org.practitioner("Bea Mail");
        long course = org.course("managing-change");
        session = as(org.partner, () -> sessions.schedule(new SessionForm(course, org.hill, LocalDate.of(2027, 3, 28), LocalTime.of(9, 30),
            LocalTime.of(13, 0), org.hill, "Community room", null, 10, null, Set.of(org.partner.personId()), null)));
    }

    @AfterEach
    void cleanUp() {
        Fixture.digestEveryoneAgain(jdbc);
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theBookingMailHasAnHtmlPartAndAMessageIdOnThePublicHost() throws Exception {
        as(ann, () -> booking.bookMe(session));
        MimeMessage mail = inbox.awaitOne(ann.email());
        assertThat(mail.getMessageID()).matches("<[0-9a-f-]{36}@cpd\\.council\\.example>");
        String html = Inbox.html(mail);
        assertThat(html).as("the HTML part").isNotNull().contains("<a href=\"https://cpd.council.example/workshops/" + session + "\"");
        assertThat(Inbox.text(mail)).contains("https://cpd.council.example/workshops/" + session);
    }

    @Test
    void aKindSwitchedOffIsNotSentButStillListedInTheNotices() throws Exception {
        as(ann, () -> {
            settings.setMine(MailKind.BOOKINGS, false);
            return null;
        });
        assertThat(as(ann, () -> settings.mine())).contains(new MailChoice(MailKind.BOOKINGS, false, false));
        as(ann, () -> booking.bookMe(session));
        as(bea, () -> booking.bookMe(session));
        inbox.awaitOne(bea.email());
        assertThat(inbox.to(ann.email())).as("Ann switched booking mail off").isEmpty();
        awaitUnread(ann, 1);
        assertThat(as(ann, () -> notices.mine())).singleElement().satisfies(n -> {
            assertThat(n.subject()).startsWith("Booked: Managing change");
            assertThat(n.link()).isEqualTo("https://cpd.council.example/workshops/" + session);
            assertThat(n.read()).isFalse();
        });

        as(ann, () -> {
            settings.setMine(MailKind.BOOKINGS, true);
            return null;
        });
        long annsBooking = jdbc.queryForObject("select id from workshop_booking where session_id = ? and person_id = ?", Long.class, session,
            ann.personId());
        as(ann, () -> {
            booking.cancel(annsBooking);
            return null;
        });
        assertThat(inbox.awaitOne(ann.email()).getSubject()).startsWith("Booking cancelled: Managing change");
        awaitUnread(ann, 2);
        as(ann, () -> {
            notices.markAllRead();
            return null;
        });
        assertThat(as(ann, () -> notices.myUnreadCount())).isZero();
        awaitUnread(bea, 1);
    }

    @Test
    void mailPolicyRequiresCannotBeSwitchedOff() throws Exception {
        assertThat(as(org.hillManager, () -> settings.mine())).contains(new MailChoice(MailKind.REVIEWS, true, true));
        assertThatThrownBy(() -> as(org.hillManager, () -> {
            settings.setMine(MailKind.REVIEWS, false);
            return null;
        })).isInstanceOf(RuleViolation.class);
        // Even a row written behind the page's back does not stop it.
        jdbc.update("insert into notification_opt_out (person_id, kind, since) values (?, 'REVIEWS', ?)", org.hillManager.personId(),
            LocalDateTime.of(2027, 3, 1, 9, 0));
        assertThat(settings.wants(org.hillManager.email(), MailKind.REVIEWS)).isTrue();
        assertThat(as(ann, () -> settings.mine())).contains(new MailChoice(MailKind.REVIEWS, true, false));
    }

    @Test
    void noticesOlderThanNinetyDaysArePurged() throws Exception {
        jdbc.update("insert into notice (person_id, kind, subject, created_at) values (?, 'BOOKINGS', 'Old', ?)", ann.personId(),
            MONDAY.atStartOfDay().minusDays(91));
        jdbc.update("insert into notice (person_id, kind, subject, created_at) values (?, 'BOOKINGS', 'Recent', ?)", ann.personId(),
            MONDAY.atStartOfDay().minusDays(89));
        notices.purge();
        assertThat(as(ann, () -> notices.mine())).extracting(n -> n.subject()).containsExactly("Recent");
    }

    @Test
    void theDigestComesAtMostOnceAWeekWithWhatChangedInTheReadersScope() throws Exception {
        long core = org.course("core-purpose");
        Fixture.digestNobodyElse(jdbc, org.hillManager.personId(), org.valeManager.personId());
        as(org.hillManager, () -> assigning.assign(Assigning.toPeople(core, Set.of(ann.personId()), MONDAY.plusDays(3), true, null)));
        as(bea, () -> booking.bookMe(session));
        clock.setDay(MONDAY.plusDays(7));

        digest.run();
        MimeMessage first = inbox.awaitOne(org.hillManager.email());
        String text = Inbox.text(first);
        assertThat(text).contains("Ann Mail: " + title(core) + ", due").contains("Bea Mail booked on Managing change")
            .contains("https://cpd.council.example/training").contains("https://cpd.council.example/workshops");
        assertThat(Inbox.html(first)).contains("<a href=\"https://cpd.council.example/training\">");
        assertThat(inbox.to(org.valeManager.email())).as("nothing in Vale's scope").isEmpty();

        smtp.purgeEmailFromAllMailboxes();
        clock.setDay(MONDAY.plusDays(10));
        digest.run();
        clock.setDay(MONDAY.plusDays(13));
        digest.run();
        Thread.sleep(500);
        assertThat(inbox.to(org.hillManager.email())).as("not twice in a week").isEmpty();

        clock.setDay(MONDAY.plusDays(14));
        digest.run();
        inbox.awaitOne(org.hillManager.email());

        // Chosen daily: the next day again; chosen never: nothing.
        smtp.purgeEmailFromAllMailboxes();
        as(org.hillManager, () -> {
            settings.setMyDigestFrequency(DigestFrequency.DAILY);
            return null;
        });
        clock.setDay(MONDAY.plusDays(15));
        digest.run();
        inbox.awaitOne(org.hillManager.email());
        smtp.purgeEmailFromAllMailboxes();
        as(org.hillManager, () -> {
            settings.setMyDigestFrequency(DigestFrequency.NEVER);
            return null;
        });
        clock.setDay(MONDAY.plusDays(22));
        digest.run();
        Thread.sleep(500);
        assertThat(inbox.to(org.hillManager.email())).isEmpty();
    }

    @Test
    void theDigestListsTheBriefingsAddressedToTheReaderThatTheyHaveNotRead() throws Exception {
        Fixture fx = new Fixture(jdbc, "Digestshire");
        long oak = fx.centre("Oak");
        long elm = fx.centre("Elm");
        Login admin = fx.login("Ada Officer", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        Login olive = fx.login("Olive Oak", Role.CENTRE_MANAGER, oak, JobRole.CENTRE_MANAGER);
        Login otto = fx.login("Otto Oak", Role.CENTRE_MANAGER, oak, JobRole.CENTRE_MANAGER);
        Login eric = fx.login("Eric Elm", Role.CENTRE_MANAGER, elm, JobRole.CENTRE_MANAGER);
        Login quiet = fx.login("Quinn Oak", Role.CENTRE_MANAGER, oak, JobRole.CENTRE_MANAGER);
        long older = briefing(admin, fx.authority, "12/27", "Opening hours over Easter", MONDAY.minusDays(20), oak);
        long newer = briefing(admin, fx.authority, "13/27", "Changes to Children's Centre Services", MONDAY.minusDays(2), oak);
        long withdrawn = briefing(admin, fx.authority, "14/27", "A notice taken back", MONDAY.minusDays(1), oak);
        Fixture.as(admin, () -> {
            briefings.withdraw(withdrawn);
            return null;
        });
        Fixture.as(otto, () -> briefingReading.open(older));
        as(quiet, () -> {
            settings.setMyDigestFrequency(DigestFrequency.NEVER);
            return null;
        });
        Fixture.digestNobodyElse(jdbc, olive.personId(), otto.personId(), eric.personId(), quiet.personId());

        digest.run();
        String text = Inbox.text(awaitDigest(olive.email()));
        assertThat(text).contains("2 briefings you have not read")
            .contains("- 13/27 Changes to Children's Centre Services, published 27 February 2027: https://cpd.council.example/briefings/" + newer)
            .contains("- 12/27 Opening hours over Easter, published 9 February 2027: https://cpd.council.example/briefings/" + older)
            .doesNotContain("14/27");
        assertThat(text.indexOf("13/27")).as("newest first").isLessThan(text.indexOf("12/27"));
        assertThat(Inbox.html(awaitDigest(olive.email())))
            .contains("<li><a href=\"https://cpd.council.example/briefings/" + newer + "\">13/27 Changes to Children&#39;s Centre Services, published 27 February 2027</a></li>");
        String ottos = Inbox.text(awaitDigest(otto.email()));
        assertThat(ottos).as("Otto read the older one").contains("1 briefing you have not read").contains("13/27").doesNotContain("12/27");
        Thread.sleep(500);
        assertThat(digests(eric.email())).as("nothing was addressed to Elm").isEmpty();
        assertThat(digests(quiet.email())).as("Quinn chose never to get the digest").isEmpty();

        // The digest's own rhythm still holds: nothing more within the week, even with a briefing still unread.
        smtp.purgeEmailFromAllMailboxes();
        clock.setDay(MONDAY.plusDays(3));
        digest.run();
        Thread.sleep(500);
        assertThat(digests(olive.email())).isEmpty();
    }

    private long briefing(Login admin, long authority, String reference, String title, LocalDate published, long centre) throws Exception {
        clock.setDay(published);
        try {
            return Fixture.as(admin, () -> {
                long b = briefings.save(null, null, new BriefingForm(authority, reference, title, published, "Jo Bright", null,
                    BriefingKind.INFORMATION, null, "Body", Set.of(), Set.of(), Set.of(), Set.of(centre), Set.of()));
                briefings.publish(b, false);
                return b;
            });
        } finally {
            clock.setDay(MONDAY);
        }
    }

    private MimeMessage awaitDigest(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> digests(address).size() == 1);
        return digests(address).getFirst();
    }

    private List<MimeMessage> digests(String address) {
        return inbox.to(address).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Your centres");
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private String title(long course) {
        return jdbc.queryForObject("select v.title from course c join course_version v on v.id = c.current_version_id where c.id = ?",
            String.class, course);
    }

    /** The bell's count (notices are written on another thread once the mail has gone). */
    private void awaitUnread(Login person, long count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> as(person, () -> notices.myUnreadCount()) == count);
    }
}
