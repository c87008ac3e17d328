package org.centrecpd.training;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.centrecpd.support.Fixture;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.support.Inbox;
import org.centrecpd.training.service.Reminders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.centrecpd.support.TestJvm;

/** Reminder e-mails through a real SMTP server (GreenMail), read back as messages. */
@CentreTest
class TrainingRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @Autowired
    Reminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    record People(long ann, String annMail, long bob, String bobMail, String miaMail) {
    }

    @org.junit.jupiter.api.BeforeEach
    void onlyThisTestsPeopleAreReminded() {
        Fixture.remindNobodyElse(jdbc);
    }

    @org.junit.jupiter.api.AfterEach
    void othersAreRemindedAgain() {
        Fixture.remindEveryoneAgain(jdbc);
    }

    private People fixture() {
        Fixture org = new Fixture(jdbc);
        long provider = org.provider("A");
        long centre = org.centre("Mailton");
        org.arrangement(centre, provider, null, LocalDate.of(2024, 1, 1), null);
        long ann = org.person("Ann Mail");
        long bob = org.person("Bob Optout");
        long mia = org.person("Mia Manager");
        org.employ(ann, centre, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2024, 1, 1), null);
        org.employ(bob, centre, JobRole.OUTREACH_WORKER, LocalDate.of(2024, 1, 1), null);
        org.employ(mia, centre, JobRole.CENTRE_MANAGER, LocalDate.of(2024, 1, 1), null);
        jdbc.update("insert into user_account (username, password_hash, role, person_id, display_name) values (?, 'x', 'CENTRE_MANAGER', ?, 'Mia')",
            email(mia), mia);
        assign(ann, org.course("managing-change"), DAY.minusDays(10), null);      // overdue
        assign(ann, org.course("core-purpose"), DAY.plusDays(3), null);          // due within 7 days
        assign(ann, org.course("future-leaders"), DAY.plusDays(30), null);       // not yet
        assign(ann, org.course("working-together"), DAY.minusDays(5), DAY.minusDays(20)); // completed
        assign(bob, org.course("managing-change"), DAY.minusDays(10), null);      // overdue, but Bob turned reminders off
        jdbc.update("insert into reminder_opt_out (person_id, since) values (?, ?)", bob, java.sql.Date.valueOf(DAY.minusDays(1)));
        return new People(ann, email(ann), bob, email(bob), email(mia));
    }

    private String email(long person) {
        return jdbc.queryForObject("select email from person where id = ?", String.class, person);
    }

    private void assign(long person, long course, LocalDate due, LocalDate completed) {
        jdbc.update("insert into assignment (person_id, course_id, due_on, required, assigned_on, completed_on) values (?, ?, ?, true, ?, ?)",
            person, course, java.sql.Date.valueOf(due), java.sql.Date.valueOf(DAY.minusMonths(2)),
            completed == null ? null : java.sql.Date.valueOf(completed));
    }

    @Test
    void oneDigestPerPersonPerDayWithWhatIsDueSoonAndOverdue() throws Exception {
        People people = fixture();
        reminders.sendDaily(DAY);
        reminders.sendDaily(DAY);

        List<MimeMessage> ann = inbox.to(people.annMail());
        assertThat(ann).hasSize(1);
        MimeMessage digest = ann.getFirst();
        assertThat(digest.getSubject()).isEqualTo("Centre CPD: 2 training to complete");
        String text = Inbox.text(digest);
        String html = Inbox.html(digest);
        assertThat(text).contains("Hello Ann Mail,", "Managing change: Overdue, was due 5 Jun 2026",
            "The core purpose of children's centres: Due 18 Jun 2026").doesNotContain("Future leaders", "Working together");
        assertThat(html).contains("<li>Managing change: Overdue, was due 5 Jun 2026</li>", "children&#39;s centres");
        assertThat(inbox.to(people.bobMail())).isEmpty();

        reminders.sendDaily(DAY.plusDays(1));
        assertThat(inbox.to(people.annMail())).hasSize(2);
    }

    @Test
    void managersGetAWeeklyDigestOfTheirStaffsOverdueTraining() throws Exception {
        People people = fixture();
        reminders.sendWeekly(DAY);
        reminders.sendWeekly(DAY);
        List<MimeMessage> mia = inbox.to(people.miaMail());
        assertThat(mia).hasSize(1);
        String body = GreenMailUtil.getBody(mia.getFirst());
        assertThat(mia.getFirst().getSubject()).isEqualTo("Centre CPD: 2 overdue or expired training among your staff");
        assertThat(body).contains("Ann Mail", "Bob Optout", "Managing change").doesNotContain("core purpose");
    }

    @Test
    void theJobRunsOnceAcrossTwoNodesSharingTheDatabase() {
        int before = reminders.runs();
        reminders.run();
        reminders.run(); // this node again, within the lock's minimum time: skipped
        assertThat(reminders.runs()).isEqualTo(before + 1);

        // A second node: its own lock provider on the same database finds the lock taken.
        AtomicBoolean otherNodeRan = new AtomicBoolean();
        var otherNode = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
        otherNode.executeWithLock((Runnable) () -> otherNodeRan.set(true),
            new LockConfiguration(Instant.now(), "training-reminders", Duration.ofMinutes(5), Duration.ZERO));
        assertThat(otherNodeRan).isFalse();
        otherNode.executeWithLock((Runnable) () -> otherNodeRan.set(true),
            new LockConfiguration(Instant.now(), "another-job", Duration.ofMinutes(5), Duration.ZERO));
        assertThat(otherNodeRan).isTrue();
    }
}
