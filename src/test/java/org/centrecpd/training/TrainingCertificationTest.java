package org.centrecpd.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.centrecpd.courses.CourseCompleted;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.centrecpd.support.TestJvm;
import org.centrecpd.training.domain.AssignmentRepository;
import org.centrecpd.training.domain.PeriodOfCertification;
import org.centrecpd.training.domain.PeriodOfCertification.Outcome;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.MatrixFilter;
import org.centrecpd.training.service.Reminders;
import org.centrecpd.training.service.RollUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A certification through its life, with the injected clock: completed, the renewal window opens (the assignment is
 * open again, one reminder mail), still valid on its last day, expired the day after (not overdue) in the matrix and
 * the roll-up, lapsed in the history; renewed after the lapse (a new period from the completion), and renewed inside
 * the window by someone else (the new period runs on from the old end; the old one reads "renewed").
 */
@CentreTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class TrainingCertificationTest {

    @org.junit.jupiter.api.BeforeEach
    void onlyThisTestsPeopleAreReminded() {
        org.centrecpd.support.Fixture.remindNobodyElse(jdbc);
    }

    @org.junit.jupiter.api.AfterEach
    void othersAreRemindedAgain() {
        org.centrecpd.support.Fixture.remindEveryoneAgain(jdbc);
    }

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @Autowired
    AssignmentService assigning;
    @Autowired
    CompletionService completion;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    Reminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void windowOpensThenExpiryThenLapseThenRenewalAndARenewalInsideTheWindow() throws Exception {
        Fixture org = new Fixture(jdbc);
        long provider = org.provider("Cert");
        long centre = org.centre("Certhill");
        org.arrangement(centre, provider, null, LocalDate.of(2023, 1, 1), null);
        long ann = org.person("Ann Lapse");
        long bob = org.person("Bob Renew");
        org.employ(ann, centre, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2023, 1, 1), null);
        org.employ(bob, centre, JobRole.OUTREACH_WORKER, LocalDate.of(2023, 1, 1), null);
        org.completed(ann, "core-purpose", LocalDate.of(2024, 3, 1));
        org.completed(bob, "core-purpose", LocalDate.of(2024, 3, 1));
        long course = org.course("core-purpose");

        clock.setDay(LocalDate.of(2024, 3, 10));
        assertThat(assigning.assign(Assigning.toCentres(course, Set.of(centre), LocalDate.of(2024, 4, 1), true, 24)))
            .isEqualTo(2);
        // Valid for 24 months, to 1 Mar 2026 inclusive; the window opens 60 days before, on 31 Dec 2025.
        assertThat(statusOf(ann, centre, LocalDate.of(2025, 12, 30))).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(assignments.periodsOf(ann, LocalDate.of(2025, 12, 30))).singleElement().satisfies(p -> {
            assertThat(p.validFrom()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(p.validUntil()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(p.outcome()).isEqualTo(Outcome.CURRENT);
        });

        // The window opens: open again, due on the valid-until date, and one reminder that day only.
        LocalDate opens = LocalDate.of(2025, 12, 31);
        assertThat(statusOf(ann, centre, opens)).isEqualTo(TrainingStatus.RENEWAL_DUE);
        assertThat(cell(ann, centre, opens).effectiveDue()).isEqualTo(LocalDate.of(2026, 3, 1));
        String annMail = email(ann);
        reminders.sendDaily(opens);
        assertThat(mailsTo(annMail)).singleElement().asString().contains("The core purpose of children's centres: Renewal due, valid until 1 Mar 2026");
        reminders.sendDaily(opens.plusDays(1));
        assertThat(mailsTo(annMail)).as("no reminder every day of a 60-day window").hasSize(1);

        // Bob renews inside the window: his new period runs on from the old end.
        clock.setDay(LocalDate.of(2026, 1, 20));
        complete(bob, LocalDate.of(2026, 1, 20));
        assertThat(statusOf(bob, centre, LocalDate.of(2026, 1, 20))).isEqualTo(TrainingStatus.COMPLETED);
        List<PeriodOfCertification> bobs = assignments.periodsOf(bob, LocalDate.of(2026, 3, 2));
        assertThat(bobs).extracting(PeriodOfCertification::completedOn, PeriodOfCertification::validUntil, PeriodOfCertification::outcome)
            .containsExactly(
                tuple(LocalDate.of(2026, 1, 20), LocalDate.of(2028, 3, 1), Outcome.CURRENT),
                tuple(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1), Outcome.RENEWED));
        assertThat(bobs.get(1).renewedOn()).isEqualTo(LocalDate.of(2026, 1, 20));

        // Ann's last valid day, then expired: not overdue, in the matrix and the roll-up.
        assertThat(statusOf(ann, centre, LocalDate.of(2026, 3, 1))).isEqualTo(TrainingStatus.RENEWAL_DUE);
        LocalDate after = LocalDate.of(2026, 3, 2);
        assertThat(statusOf(ann, centre, after)).isEqualTo(TrainingStatus.EXPIRED);
        assertThat(completion.matrix(centre, after, new MatrixFilter(course, null, TrainingStatus.EXPIRED)))
            .extracting(c -> c.fullName()).containsExactly("Ann Lapse");
        assertThat(completion.matrix(centre, after, new MatrixFilter(course, null, TrainingStatus.OVERDUE))).isEmpty();
        RollUp.Line line = completion.rollUp(after).authority(org.name);
        assertThat(List.of(line.assigned(), line.completed(), line.overdue(), line.renewalDue(), line.expired()))
            .containsExactly(2L, 1L, 0L, 0L, 1L);
        assertThat(assignments.periodsOf(ann, after)).singleElement().extracting(PeriodOfCertification::outcome).isEqualTo(Outcome.LAPSED);
        // Expired certifications are in the manager's and the person's reminders like overdue ones.
        reminders.sendDaily(after);
        assertThat(mailsTo(annMail)).hasSize(2).last().asString().contains("Expired, was valid until 1 Mar 2026");

        // Ann renews after the lapse: a new period from her completion; the old one stays, lapsed.
        clock.setDay(LocalDate.of(2026, 3, 20));
        complete(ann, LocalDate.of(2026, 3, 20));
        assertThat(statusOf(ann, centre, LocalDate.of(2026, 3, 20))).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(assignments.periodsOf(ann, LocalDate.of(2026, 3, 20)))
            .extracting(PeriodOfCertification::validFrom, PeriodOfCertification::validUntil, PeriodOfCertification::outcome)
            .containsExactly(
                tuple(LocalDate.of(2026, 3, 20), LocalDate.of(2028, 3, 20), Outcome.CURRENT),
                tuple(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1), Outcome.LAPSED));
        RollUp.Line renewed = completion.rollUp(LocalDate.of(2026, 3, 20)).authority(org.name);
        assertThat(List.of(renewed.completed(), renewed.expired())).containsExactly(2L, 0L);

        // As at days before the renewals, each status is the one of that day (the period held then), not due or overdue.
        LocalDate beforeWindow = LocalDate.of(2025, 12, 30);
        assertThat(statusOf(bob, centre, beforeWindow)).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(statusOf(ann, centre, beforeWindow)).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(cell(bob, centre, beforeWindow).effectiveDue()).isEqualTo(LocalDate.of(2024, 4, 1));
        // ... and the matrix says completed on the day of the completion held then, valid until its end, not the renewal's
        // (a completion dated after the day asked about).
        assertThat(cell(bob, centre, beforeWindow)).extracting(c -> c.completedOn(), c -> c.expiresOn())
            .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1));
        assertThat(cell(bob, centre, LocalDate.of(2026, 3, 2))).as("on and after the renewal, the renewal's")
            .extracting(c -> c.completedOn(), c -> c.expiresOn()).containsExactly(LocalDate.of(2026, 1, 20), LocalDate.of(2028, 3, 1));
        assertThat(completion.matrix(centre, beforeWindow, new MatrixFilter(course, null, TrainingStatus.OVERDUE))).isEmpty();
        RollUp.Line then = completion.rollUp(beforeWindow).authority(org.name);
        assertThat(List.of(then.assigned(), then.completed(), then.overdue(), then.renewalDue(), then.expired()))
            .containsExactly(2L, 2L, 0L, 0L, 0L);
        LocalDate inWindow = LocalDate.of(2026, 1, 5);
        assertThat(statusOf(bob, centre, inWindow)).isEqualTo(TrainingStatus.RENEWAL_DUE);
        assertThat(cell(bob, centre, inWindow).effectiveDue()).as("renew by the old valid-until day").isEqualTo(LocalDate.of(2026, 3, 1));
        LocalDate lapsed = LocalDate.of(2026, 3, 10);
        assertThat(statusOf(ann, centre, lapsed)).as("expired then, not overdue").isEqualTo(TrainingStatus.EXPIRED);
        assertThat(cell(ann, centre, lapsed)).as("the completion that expired, not the later one")
            .extracting(c -> c.completedOn(), c -> c.expiresOn()).containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1));
        assertThat(completion.matrix(centre, lapsed, new MatrixFilter(course, null, TrainingStatus.EXPIRED)))
            .extracting(c -> c.fullName()).containsExactly("Ann Lapse");
        RollUp.Line lapsedThen = completion.rollUp(lapsed).authority(org.name);
        assertThat(List.of(lapsedThen.completed(), lapsedThen.overdue(), lapsedThen.renewalDue(), lapsedThen.expired()))
            .containsExactly(1L, 0L, 0L, 1L);
    }

    private void complete(long person, LocalDate on) {
        transactions.executeWithoutResult(t -> events.publishEvent(new CourseCompleted(person, "core-purpose", 1, new BigDecimal("1.5"), on)));
        await().atMost(Duration.ofSeconds(20)).until(() -> on.equals(jdbc.queryForObject(
            "select completed_on from assignment where person_id = ?", LocalDate.class, person)));
    }

    private TrainingStatus statusOf(long person, long centre, LocalDate day) {
        return cell(person, centre, day).status();
    }

    private org.centrecpd.training.domain.MatrixCell cell(long person, long centre, LocalDate day) {
        return completion.matrix(centre, day, MatrixFilter.ALL).stream().filter(c -> c.personId() == person).findFirst().orElseThrow();
    }

    private String email(long person) {
        return jdbc.queryForObject("select email from person where id = ?", String.class, person);
    }

    /** The plain text of each message to this address, oldest first. */
    private List<String> mailsTo(String address) {
        return inbox.to(address).stream().map(Inbox::text).toList();
    }
}
