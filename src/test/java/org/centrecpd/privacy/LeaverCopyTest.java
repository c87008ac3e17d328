package org.centrecpd.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.privacy.service.Retention;
import org.centrecpd.privacy.service.SubjectAccess;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A leaver's journal is their own portfolio: when they leave, they are e-mailed (at the address on record) a link to
 * their copy and the day their journal will be deleted; the link works without signing in (they no longer can), only
 * until that day, and once per leaver is offered.
 */
@CentreTest
class LeaverCopyTest {

    @RegisterExtension
    static GreenMailExtension smtp = org.centrecpd.support.TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @Autowired
    Retention retention;
    @Autowired
    SubjectAccess subjectAccess;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLeaverIsOfferedTheirCopyOnceWithTheDayTheirJournalIsDeleted() throws Exception {
        PrivacyPeople people = new PrivacyPeople(jdbc);
        people.leaves(people.ada, LocalDate.of(2026, 2, 27));
        clock.setDay(LocalDate.of(2026, 2, 26));
        assertThat(retention.offerCopiesToLeavers(LocalDate.now(clock), people.org.authority)).as("not left yet").isZero();
        clock.setDay(LocalDate.of(2026, 2, 27));
        assertThat(retention.offerCopiesToLeavers(LocalDate.now(clock), people.org.authority)).isEqualTo(1);
        assertThat(retention.offerCopiesToLeavers(LocalDate.now(clock), people.org.authority)).as("once").isZero();

        var mails = inbox.to(people.ada.email());
        assertThat(mails).hasSize(1);
        String body = GreenMailUtil.getBody(mails.getFirst()).replace("=\r\n", "");
        assertThat(body).contains("Ada Private", "27 August 2026");
        Matcher link = Pattern.compile("/privacy/leaver-copy/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();

        // Nobody signed in: the link sent to the address on record is the proof.
        var zip = SubjectAccessTest.unzip(subjectAccess.leaverCopy(link.group(1)).zip());
        assertThat(SubjectAccessTest.all(zip, ".csv")).contains("Ada reflects on a hard day with the Parkers", "Feedback for Ada")
            .doesNotContain("Ben reflects");
        assertThatThrownBy(() -> subjectAccess.copyByLink(link.group(1))).as("not a signed-in request's link")
            .isInstanceOf(Exception.class);

        clock.setDay(LocalDate.of(2026, 8, 27));
        assertThatThrownBy(() -> subjectAccess.leaverCopy(link.group(1))).isInstanceOf(NotFoundException.class);
    }
}
