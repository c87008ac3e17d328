package org.centrecpd.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centrecpd.support.Fixture.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.TestClock;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.QuestionWall;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionRegister;
import org.centrecpd.workshops.service.EvaluationForm;
import org.centrecpd.workshops.service.EvaluationResults;
import org.centrecpd.workshops.service.EvaluationService;
import org.centrecpd.workshops.service.EvaluationState;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation form at the end of a session (issue 29 §5): who may answer it and how often, what is
 * stored, and what the people who run the session see, on an organisation of the test's own.
 */
@CentreTest
class WorkshopEvaluationTest {

    @Autowired
    SessionService sessions;
    @Autowired
    BookingService booking;
    @Autowired
    SessionRegister sessionRegister;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final LocalDate SESSION_DAY = LocalDate.of(2027, 3, 28);

    TwoCentres org;
    Login facilitator;

    @BeforeEach
    void organisation() {
        clock.setDay(TODAY);
        org = new TwoCentres(jdbc);
        facilitator = org.practitioner("Fay Facilitator");
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    /** A session at Hill on SESSION_DAY, 09:30-13:00, run by Fay; these people booked, then marked as the register says. */
    long sessionWith(Map<Login, Attendance> register) throws Exception {
        long session = as(org.partner, () -> sessions.schedule(new SessionForm(org.course("managing-change"), org.hill, SESSION_DAY,
            LocalTime.of(9, 30), LocalTime.of(13, 0), org.hill, "Community room", null, 12, null,
            Set.of(facilitator.personId()), null)));
        for (Login person : register.keySet()) {
            as(person, () -> booking.bookMe(session));
        }
        clock.setInstant(SESSION_DAY.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        for (Map.Entry<Login, Attendance> mark : register.entrySet()) {
            long id = bookingOf(session, mark.getKey().personId());
            as(facilitator, () -> {
                sessionRegister.mark(id, mark.getValue());
                return null;
            });
        }
        return session;
    }

    void answer(Login person, long session, EvaluationForm form) throws Exception {
        as(person, () -> {
            evaluation.answer(session, form);
            return null;
        });
    }

    @Test
    void onlyThoseMarkedAsAttendedAnswerOnceFromTheStartAndTheAnswersKeepNoName() throws Exception {
        Login amara = org.practitioner("Amara Attended");
        Login ben = org.practitioner("Ben Absent");
        long session = sessionWith(Map.of(amara, Attendance.ATTENDED, ben, Attendance.ABSENT));
        EvaluationForm form = new EvaluationForm(4, 3, QuestionWall.PARKED, "  More time for the budgets activity.  ");

        // Marked at 09:00, the session starts at 09:30: the form is not open yet.
        assertThat(as(amara, () -> evaluation.mine(session))).isEqualTo(EvaluationState.NOT_STARTED);
        assertThatThrownBy(() -> answer(amara, session, form)).isInstanceOf(RuleViolation.class)
            .hasMessage("workshops.evaluation.notStarted");
        assertThat(as(amara, () -> evaluation.awaitingMe())).isEmpty();

        clock.setDay(SESSION_DAY);
        assertThat(as(amara, () -> evaluation.mine(session))).isEqualTo(EvaluationState.OPEN);
        assertThat(as(amara, () -> evaluation.awaitingMe())).containsExactly(session);
        assertThatThrownBy(() -> answer(amara, session, new EvaluationForm(null, 3, QuestionWall.PARKED, null)))
            .isInstanceOf(RuleViolation.class).hasMessage("workshops.evaluation.usefulnessMissing");
        assertThatThrownBy(() -> answer(amara, session, new EvaluationForm(4, 6, QuestionWall.PARKED, null)))
            .isInstanceOf(RuleViolation.class).hasMessage("workshops.evaluation.confidenceMissing");
        assertThatThrownBy(() -> answer(amara, session, new EvaluationForm(4, 3, null, null)))
            .isInstanceOf(RuleViolation.class).hasMessage("workshops.evaluation.wallMissing");
        assertThatThrownBy(() -> answer(amara, session, new EvaluationForm(4, 3, QuestionWall.PARKED, "x".repeat(1001))))
            .isInstanceOf(RuleViolation.class).hasMessage("workshops.text.tooLong");
        assertThat(answers(session)).as("nothing kept from a refused answer").isZero();

        answer(amara, session, form);
        assertThat(as(amara, () -> evaluation.mine(session))).isEqualTo(EvaluationState.ANSWERED);
        assertThat(as(amara, () -> evaluation.awaitingMe())).isEmpty();
        assertThatThrownBy(() -> answer(amara, session, new EvaluationForm(1, 1, QuestionWall.STILL_OPEN, "Second thoughts")))
            .isInstanceOf(RuleViolation.class).hasMessage("workshops.evaluation.already");
        List<Map<String, Object>> stored = jdbc.queryForList("select * from workshop_evaluation_answer where session_id = ?", session);
        assertThat(stored).as("the first answers are kept, the second not stored").singleElement().satisfies(row -> {
            assertThat(row.keySet()).as("nothing that says who answered, or when")
                .map(String::toLowerCase)
                .containsExactlyInAnyOrder("id", "session_id", "usefulness", "confidence", "question_wall", "suggestion");
            assertThat(row).containsEntry(key(row, "usefulness"), 4).containsEntry(key(row, "confidence"), 3)
                .containsEntry(key(row, "question_wall"), "PARKED")
                .containsEntry(key(row, "suggestion"), "More time for the budgets activity.");
        });
        long amaraBooking = bookingOf(session, amara.personId());
        assertThatThrownBy(() -> jdbc.update("insert into workshop_evaluation_given (booking_id) values (?)", amaraBooking))
            .as("the database itself refuses a second answer").isInstanceOf(DataIntegrityViolationException.class);

        // Marked absent, not booked, or from another centre: refused; another centre's session is "not found".
        assertThat(as(ben, () -> evaluation.mine(session))).isEqualTo(EvaluationState.NOT_ATTENDED);
        assertThatThrownBy(() -> answer(ben, session, form)).isInstanceOf(RuleViolation.class)
            .hasMessage("workshops.evaluation.notAttended");
        assertThatThrownBy(() -> answer(org.practitioner("Nell Notbooked"), session, form)).isInstanceOf(RuleViolation.class)
            .hasMessage("workshops.evaluation.notAttended");
        Login vale = org.login("Vic Vale", Role.PRACTITIONER, org.vale, JobRole.FAMILY_SUPPORT_WORKER);
        assertThatThrownBy(() -> answer(vale, session, form)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(vale, () -> evaluation.mine(session))).isInstanceOf(NotFoundException.class);
        assertThat(answers(session)).isEqualTo(1);
    }

    @Test
    void aSubmitRacingAnotherForTheSameBookingIsRefusedByTheDatabaseAndStoresNothing() throws Exception {
        Login amara = org.practitioner("Amara Twice");
        long session = sessionWith(Map.of(amara, Attendance.ATTENDED));
        long amaraBooking = bookingOf(session, amara.personId());
        clock.setDay(SESSION_DAY);

        // The first submit has written its "has answered" row and not committed yet when the second checks.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> first = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("insert into workshop_evaluation_given (booking_id) values (?)", amaraBooking);
            written.countDown();
            try {
                commit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        Future<String> second = pool.submit(() -> {
            try {
                answer(amara, session, new EvaluationForm(5, 3, QuestionWall.ANSWERED, "Written twice"));
                return "sent";
            } catch (RuleViolation refused) {
                return refused.messageKey();
            }
        });
        // Let the second pass its check and wait on the first's row (had it not got there yet, its check refuses it alike).
        Thread.sleep(300);
        commit.countDown();
        first.get(60, TimeUnit.SECONDS);
        assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo("workshops.evaluation.already");
        pool.shutdown();

        assertThat(answers(session)).as("the refused submit's answers rolled back with it").isZero();
        assertThat(jdbc.queryForObject("select count(*) from workshop_evaluation_given where booking_id = ?", Long.class, amaraBooking))
            .isEqualTo(1);
    }

    @Test
    void thePeopleWhoRunTheSessionSeeCountsAndTheSuggestionsOnlyFromThreeAnswers() throws Exception {
        Login ann = org.practitioner("Ann One");
        Login bea = org.practitioner("Bea Two");
        Login cal = org.practitioner("Cal Three");
        Login dee = org.practitioner("Dee Four");
        Login eve = org.practitioner("Eve Absent");
        long session = sessionWith(Map.of(ann, Attendance.ATTENDED, bea, Attendance.ATTENDED, cal, Attendance.ATTENDED,
            dee, Attendance.ATTENDED, eve, Attendance.ABSENT));
        clock.setDay(SESSION_DAY);

        EvaluationResults none = as(facilitator, () -> evaluation.results(session));
        assertThat(none.answered()).isZero();
        assertThat(none.attended()).isEqualTo(4);
        assertThat(none.usefulness()).containsOnlyKeys(1, 2, 3, 4, 5).allSatisfy((level, count) -> assertThat(count).isZero());

        answer(ann, session, new EvaluationForm(5, 4, QuestionWall.ANSWERED, "More time for the budgets activity."));
        answer(bea, session, new EvaluationForm(4, 2, QuestionWall.PARKED, "Send the parked answers sooner."));
        EvaluationResults two = as(facilitator, () -> evaluation.results(session));
        assertThat(two.answered()).isEqualTo(2);
        assertThat(two.suggestionsShown()).as("two people: whose words they are would show").isFalse();
        assertThat(two.suggestions()).isEmpty();

        answer(cal, session, new EvaluationForm(5, 3, QuestionWall.STILL_OPEN, "   "));
        EvaluationResults three = as(facilitator, () -> evaluation.results(session));
        assertThat(three.attended()).isEqualTo(4);
        assertThat(three.answered()).isEqualTo(3);
        assertThat(three.usefulness()).isEqualTo(Map.of(1, 0L, 2, 0L, 3, 0L, 4, 1L, 5, 2L));
        assertThat(three.confidence()).isEqualTo(Map.of(1, 0L, 2, 1L, 3, 1L, 4, 1L, 5, 0L));
        assertThat(three.questionWall()).isEqualTo(Map.of(QuestionWall.ANSWERED, 1L, QuestionWall.PARKED, 1L,
            QuestionWall.STILL_OPEN, 1L, QuestionWall.NONE_BROUGHT, 0L));
        assertThat(three.usefulOrVeryUseful()).isEqualTo(3);
        assertThat(three.confidentOrVeryConfident()).isEqualTo(1);
        assertThat(three.suggestionsShown()).isTrue();
        assertThat(three.suggestions()).as("a blank suggestion is none")
            .containsExactlyInAnyOrder("More time for the budgets activity.", "Send the parked answers sooner.");

        // The same counts for the partner overseeing Hill and for an admin.
        Login admin = org.login("Ada Admin", Role.ADMIN, null, JobRole.IMPROVEMENT_PARTNER);
        for (Login runs : List.of(org.partner, admin)) {
            assertThat(as(runs, () -> evaluation.results(session))).isEqualTo(three);
        }
        // Participants, the centre's manager, a partner from elsewhere and another centre never see them.
        Login elsewhere = org.login("Pip Elsewhere", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        Login vale = org.login("Vic Vale", Role.PRACTITIONER, org.vale, JobRole.FAMILY_SUPPORT_WORKER);
        for (Login not : List.of(ann, dee, eve, org.hillManager, elsewhere, vale)) {
            assertThatThrownBy(() -> as(not, () -> evaluation.results(session))).as(not.name()).isInstanceOf(NotFoundException.class);
        }
    }

    private long answers(long session) {
        return jdbc.queryForObject("select count(*) from workshop_evaluation_answer where session_id = ?", Long.class, session);
    }

    private long bookingOf(long session, long person) {
        return jdbc.queryForObject("select id from workshop_booking where session_id = ? and person_id = ?", Long.class, session, person);
    }

    /** The column's name as this database spells it (H2 upper case, PostgreSQL lower). */
    private static String key(Map<String, Object> row, String column) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst().orElseThrow();
    }
}
