package org.centrecpd.workshops.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrecpd.support.Fixture.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.centrecpd.courses.service.TestCourses;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.TestClock;
import org.centrecpd.support.ViewTest;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** A workshop's units to do before booking, as a practitioner and a manager meet them on the session's page (issue 32 §4). */
@CentreTest
class PreWorkViewTest extends ViewTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    SessionService sessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    TwoCentres org;
    String slug;
    long session;

    @BeforeEach
    void aWorkshopThatAsksForItsFirstUnitBeforeBooking() throws Exception {
        slug = TestCourses.newSlug();
        TestCourses.writeWorkshop(folder, slug, true);
        new TestCourses(context).importFolder(folder);
        long course = jdbc.queryForObject("select id from course where slug = ?", Long.class, slug);
        clock.setDay(LocalDate.of(2027, 3, 1));
        org = new TwoCentres(jdbc);
        session = as(org.partner, () -> sessions.schedule(new SessionForm(course, org.hill, LocalDate.of(2027, 3, 28),
            LocalTime.of(9, 30), LocalTime.of(12, 30), org.hill, "Community room", null, 6, null, Set.of(org.partner.personId()), null)));
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPractitionerIsToldWhichUnitToCompleteWithALinkInsteadOfABookingButton() {
        Fixture.signIn(org.practitioner("Ann Early"));
        navigate("workshops/" + session, SessionView.class);

        Div notice = $(Div.class).id("pre-work");
        assertThat(notice.getElement().getTextRecursively())
            .contains("Complete this unit of the workshop before booking a place:", "Before the session");
        assertThat($(Anchor.class).from(notice).single().getHref()).isEqualTo("courses/" + slug + "/units/1");
        assertThat($(Button.class).withId("book").all()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerBookingStaffIsAskedAndBooksOnlyWhenTheyConfirm() {
        Login bea = org.practitioner("Bea Staff");
        Fixture.signIn(org.hillManager);
        navigate("workshops/" + session, SessionView.class);
        ComboBox<PersonChoice> person = $(ComboBox.class).id("book-person");
        person.setValue(person.getListDataView().getItems().filter(p -> p.id() == bea.personId()).findFirst().orElseThrow());

        test($(Button.class).id("book-staff")).click();

        ConfirmDialog asked = $(ConfirmDialog.class).id("pre-work-confirm");
        assertThat(asked.getElement().getTextRecursively() + textOf(asked))
            .contains("Bea Staff has not completed the unit of the workshop to do before booking: Before the session.");
        assertThat(bookings(bea)).as("nothing booked before the manager says so").isZero();

        test(asked).confirm();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Bea Staff: Booked");
        assertThat(bookings(bea)).isEqualTo(1);
    }

    private static String textOf(ConfirmDialog dialog) {
        StringBuilder text = new StringBuilder();
        dialog.getChildren().forEach(c -> text.append(c.getElement().getTextRecursively()));
        return text.toString();
    }

    private int bookings(Login person) {
        return jdbc.queryForObject("select count(*) from workshop_booking where session_id = ? and person_id = ?", Integer.class,
            session, person.personId());
    }
}
