package org.centrecpd.workshops.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrecpd.support.Fixture.as;

import org.centrecpd.support.Fixture;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.TestClock;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.QuestionWall;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionRegister;
import org.centrecpd.workshops.service.EvaluationForm;
import org.centrecpd.workshops.service.EvaluationService;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The evaluation on the session's page: the form for someone marked as attended, the counts for the
 * session's facilitator. Three colleagues have answered already, so the suggestions show.
 */
@CentreTest
class EvaluationViewsTest extends ViewTest {

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

    static final LocalDate SESSION_DAY = LocalDate.of(2027, 3, 28);

    TwoCentres org;
    Login facilitator;
    Login amara;
    long session;

    @BeforeEach
    void aSessionWhoseRegisterIsMarked() throws Exception {
        clock.setDay(LocalDate.of(2027, 3, 1));
        org = new TwoCentres(jdbc);
        facilitator = org.practitioner("Fay Facilitator");
        amara = org.practitioner("Amara Attended");
        List<Login> others = List.of(org.practitioner("Ann Early"), org.practitioner("Bea Early"), org.practitioner("Cal Early"));
        session = as(org.partner, () -> sessions.schedule(new SessionForm(org.course("managing-change"), org.hill, SESSION_DAY,
            LocalTime.of(9, 30), LocalTime.of(13, 0), org.hill, "Community room", null, 12, null, Set.of(facilitator.personId()), null)));
        for (Login person : concat(others, amara)) {
            as(person, () -> booking.bookMe(session));
        }
        clock.setDay(SESSION_DAY);
        for (Login person : concat(others, amara)) {
            long id = jdbc.queryForObject("select id from workshop_booking where session_id = ? and person_id = ?", Long.class, session,
                person.personId());
            as(facilitator, () -> {
                sessionRegister.mark(id, Attendance.ATTENDED);
                return null;
            });
        }
        QuestionWall[] walls = {QuestionWall.ANSWERED, QuestionWall.ANSWERED, QuestionWall.NONE_BROUGHT};
        for (int i = 0; i < others.size(); i++) {
            EvaluationForm form = new EvaluationForm(5 - i, 4, walls[i], i == 0 ? "Shorter introductions, please." : null);
            as(others.get(i), () -> {
                evaluation.answer(session, form);
                return null;
            });
        }
    }

    @AfterEach
    void signOut() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAttendeeFindsTheFormFromMyBookingsAndAnswersIt() {
        Fixture.signIn(amara);
        navigate(WorkshopsView.class);
        RouterLink answer = $(RouterLink.class).id("evaluate-" + session);
        assertThat(answer.getText()).isEqualTo("Answer the evaluation");

        navigate("workshops/" + session, SessionView.class);
        assertThat($(Section.class).withId("evaluation-counts").all()).as("participants never see the counts").isEmpty();
        Section form = $(Section.class).id("evaluation");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> usefulness = $(RadioButtonGroup.class, form).id("evaluation-usefulness");
        assertThat(usefulness.getLabel()).isEqualTo("How useful was the workshop for understanding what is changing and why?");
        assertThat(usefulness.getListDataView().getItems().map(usefulness.getItemLabelGenerator()::apply).toList())
            .containsExactly("1 not useful", "2 a little", "3 fairly", "4 useful", "5 very useful");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> confidence = $(RadioButtonGroup.class, form).id("evaluation-confidence");
        assertThat(confidence.getListDataView().getItems().map(confidence.getItemLabelGenerator()::apply).toList())
            .containsExactly("1 not confident", "2 a little", "3 fairly", "4 confident", "5 very confident");

        test(usefulness).selectItem("4 useful");
        test($(Button.class, form).id("evaluation-send")).click();
        assertThat(test($(Notification.class).last()).getText())
            .isEqualTo("Choose how confident you feel about explaining the change, from 1 to 5.");
        assertThat(usefulness.getValue()).as("a refused send keeps what was chosen").isEqualTo(4);

        test(confidence).selectItem("3 fairly");
        test($(RadioButtonGroup.class, form).id("evaluation-wall")).selectItem("Parked, with a name and a date");
        test($(TextArea.class, form).id("evaluation-suggestion")).setValue("More time for the budgets activity.");
        test($(Button.class, form).id("evaluation-send")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Thank you: your evaluation is sent, without your name.");
        assertThat($(Section.class).id("evaluation").getElement().getTextRecursively())
            .contains("You have answered this session's evaluation.");
        assertThat($(Button.class).withId("evaluation-send").all()).isEmpty();
    }

    @Test
    void theFacilitatorSeesTheCountsInTablesAndNoForm() {
        Fixture.signIn(facilitator);
        navigate("workshops/" + session, SessionView.class);
        assertThat($(Section.class).withId("evaluation").all()).as("no form for someone who did not attend").isEmpty();
        Section counts = $(Section.class).id("evaluation-counts");
        assertThat(counts.getElement().getTextRecursively()).contains("3 of 4 who attended answered.",
            "Usefulness: 2 of 3 found the workshop useful or very useful (4 or 5).",
            "Questions wall: 2 answered, 0 parked with a name and a date, 0 still open, 1 brought none.",
            "Shorter introductions, please.");

        NativeTable usefulness = $(NativeTable.class, counts).id("evaluation-usefulness-counts");
        assertThat(usefulness.getCaptionText()).isEqualTo("How useful was the workshop for understanding what is changing and why?");
        assertThat(usefulness.getBody().getRows()).extracting(EvaluationViewsTest::text)
            .containsExactly("1 not useful 0", "2 a little 0", "3 fairly 1", "4 useful 1", "5 very useful 1");
        assertThat($(NativeTable.class, counts).id("evaluation-confidence-counts").getBody().getRows()).extracting(EvaluationViewsTest::text)
            .containsExactly("1 not confident 0", "2 a little 0", "3 fairly 0", "4 confident 3", "5 very confident 0");
        assertThat($(NativeTable.class, counts).id("evaluation-wall-counts").getBody().getRows()).extracting(EvaluationViewsTest::text)
            .containsExactly("Answered 2", "Parked, with a name and a date 0", "Still open 0", "I did not bring one 1");
    }

    private static String text(NativeTableRow row) {
        return String.join(" ", row.getAllCells().stream().map(c -> c.getElement().getTextRecursively()).toList());
    }

    private static List<Login> concat(List<Login> some, Login one) {
        List<Login> all = new java.util.ArrayList<>(some);
        all.add(one);
        return all;
    }
}
