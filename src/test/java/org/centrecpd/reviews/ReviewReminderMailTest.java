package org.centrecpd.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.service.ActionReminders;
import org.centrecpd.reviews.service.ReviewActions;
import org.centrecpd.reviews.service.ReviewLists;
import org.centrecpd.reviews.service.ReviewService;
import org.centrecpd.reviews.service.TermChoice;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Review actions are reminded by e-mail (GreenMail) before and after they are due, at most once a day per action. */
@CentreTest
class ReviewReminderMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = org.centrecpd.support.TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewActions actions;
    @Autowired
    ReviewLists lists;
    @Autowired
    ActionReminders reminders;
    @Autowired
    TestClock clock;

    @Test
    void anOwnerGetsOneDigestADayOfTheirOpenActions() throws Exception {
        clock.setDay(LocalDate.of(2026, 1, 15));
        Fixture fx = new Fixture(jdbc, "Remindshire");
        long centre = fx.centre("Elm");
        fx.arrangement(centre, fx.provider("Lead"), null, Fixture.SINCE, null);
        Fixture.Login owner = fx.login("Olive Owner", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        Fixture.Login partner = fx.login("Paul Partner", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        fx.oversee(partner.personId());
        Fixture.as(partner, () -> {
            long term = lists.due(new TermChoice(2025, Season.AUTUMN)).stream().filter(l -> l.centreId() == centre).findFirst()
                .orElseThrow().termId();
            long id = reviews.start(centre, term);
            Map<String, Review.Judged> judged = new HashMap<>();
            Arrays.stream(CorePurposeArea.values()).forEach(a -> judged.put(a.id(), new Review.Judged(Judgement.STRONG, "")));
            reviews.write(id, reviews.open(id).version(), LocalDate.of(2025, 12, 1), "", "", judged);
            actions.add(id, "Update the family outcomes sheet", owner.personId(), LocalDate.of(2026, 1, 10));
            actions.add(id, "Plan the spring stay-and-play", owner.personId(), LocalDate.of(2026, 1, 20));
            actions.add(id, "Due in March, not yet", owner.personId(), LocalDate.of(2026, 3, 1));
            reviews.share(id);
            reviews.signOff(id);
            return null;
        });
        assertThat(reminders.remindOwners()).isGreaterThanOrEqualTo(1);
        MimeMessage digest = inbox.awaitOne(owner.email());
        assertThat(digest.getSubject()).isEqualTo("2 review actions are due or overdue");
        assertThat(GreenMailUtil.getBody(digest)).contains("Update the family outcomes sheet", "overdue, it was due 10 January 2026",
            "Plan the spring stay-and-play").doesNotContain("Due in March");
        reminders.remindOwners();
        Thread.sleep(500);
        assertThat(inbox.to(owner.email())).hasSize(1);
    }
}
