package org.centrecpd.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Set;
import org.centrecpd.briefings.service.BriefingForm;
import org.centrecpd.briefings.service.BriefingReading;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.briefings.service.BriefingTracking;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Briefings by e-mail through a real SMTP server (GreenMail): one at publication, a reminder only to those who have not read it. */
@CentreTest
class BriefingMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = org.centrecpd.support.TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BriefingService briefings;
    @Autowired
    BriefingReading reading;
    @Autowired
    BriefingTracking trackers;
    @Autowired
    TestClock clock;

    @Test
    void eachRecipientIsToldOnceAtPublicationAndOnlyTheUnreadAreReminded() throws Exception {
        clock.setDay(LocalDate.of(2026, 3, 1));
        Fixture fx = new Fixture(jdbc, "Mailshire");
        long centre = fx.centre("Oak");
        long provider = fx.provider("Lead");
        fx.arrangement(centre, provider, null, Fixture.SINCE, null);
        Fixture.Login admin = fx.login("Ann Admin", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        Fixture.Login reader = fx.login("Rita Reader", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        Fixture.Login other = fx.login("Olly Other", Role.PRACTITIONER, centre, JobRole.OUTREACH_WORKER);
        long id = Fixture.as(admin, () -> {
            long b = briefings.save(null, null, new BriefingForm(fx.authority, "47/18", "Changes to Children's Centre Services",
                LocalDate.of(2026, 3, 1), "Jo Bright", null, BriefingKind.ACTION_REQUIRED, LocalDate.of(2026, 3, 20), "Body",
                Set.of(), Set.of(), Set.of(), Set.of(centre), Set.of()));
            briefings.publish(b);
            return b;
        });
        MimeMessage first = inbox.awaitOne(reader.email());
        inbox.awaitOne(other.email());
        assertThat(first.getSubject()).isEqualTo("Briefing 47/18: Changes to Children's Centre Services");
        assertThat(GreenMailUtil.getBody(first)).contains("Action is required by 20 March 2026", "/briefings/" + id);
        Fixture.as(reader, () -> reading.open(id));
        assertThat(Fixture.as(admin, () -> trackers.remind(id))).isEqualTo(1);
        assertThat(inbox.awaitMessage(other.email(), 2).getSubject()).startsWith("Reminder: briefing 47/18");
        assertThat(inbox.to(reader.email())).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'BRIEFING_REMINDED' and subject like ?", Long.class,
            "47/18%")).isGreaterThanOrEqualTo(1);
    }
}
