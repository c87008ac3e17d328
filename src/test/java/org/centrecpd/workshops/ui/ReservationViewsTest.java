package org.centrecpd.workshops.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrecpd.support.Fixture.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The reservation controls on a session's page and the interest list on the workshops page, as each role meets them. */
@CentreTest
class ReservationViewsTest extends ViewTest {

    @Autowired
    SessionService sessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    TwoCentres org;
    long session;

    @BeforeEach
    void aSessionAtHill() throws Exception {
        clock.setDay(LocalDate.of(2027, 3, 1));
        org = new TwoCentres(jdbc);
        session = as(org.partner, () -> sessions.schedule(new SessionForm(org.course("managing-change"), org.hill, LocalDate.of(2027, 3, 28),
            LocalTime.of(9, 30), LocalTime.of(13, 0), org.hill, "Community room", null, 6, null, Set.of(org.partner.personId()), null)));
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theManagerReservesPlacesBooksStaffIntoOneAndReleasesTheRest() {
        Login ann = org.practitioner("Ann Viewed");
        Fixture.signIn(org.hillManager);
        navigate("workshops/" + session, SessionView.class);
        assertThat($(ReservationPanel.class).single().getElement().getTextRecursively())
            .contains("No places are reserved for your centres.", "released 7 days before the session");
        assertThat($(IntegerField.class).withId("release-days").all()).as("only organisers set the release day").isEmpty();
        $(IntegerField.class).id("reserve-places").setValue(3);
        test($(Button.class).id("reserve")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Places reserved.");
        assertThat($(ReservationPanel.class).single().getElement().getTextRecursively()).contains(": 3 places reserved, none used yet");
        long reservation = jdbc.queryForObject("select id from workshop_reservation where session_id = ?", Long.class, session);

        ComboBox<PersonChoice> person = $(ComboBox.class).id("reserved-person-" + reservation);
        person.setValue(person.getListDataView().getItems().filter(p -> p.id() == ann.personId()).findFirst().orElseThrow());
        test($(Button.class).id("book-reserved-" + reservation)).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Ann Viewed has a reserved place.");
        assertThat($(ReservationPanel.class).single().getElement().getTextRecursively()).contains("3 places reserved, 1 used");

        test($(Button.class).id("release-now-" + reservation)).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("2 unused places released.");
        assertThat($(ReservationPanel.class).single().getElement().getTextRecursively()).contains("2 unused places given back");
        assertThat(jdbc.queryForObject("select booked from workshop_session where id = ?", Integer.class, session)).isEqualTo(1);
    }

    @Test
    void theOrganiserSetsTheReleaseDayAndDoesNotReserve() {
        Fixture.signIn(org.partner);
        navigate("workshops/" + session, SessionView.class);
        assertThat($(Button.class).withId("reserve").all()).as("partners do not reserve").isEmpty();
        $(IntegerField.class).id("release-days").setValue(10);
        test($(Button.class).id("save-release-days")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Release day saved.");
        assertThat($(ReservationPanel.class).single().getElement().getTextRecursively()).contains("released 10 days before the session");
    }

    @Test
    void aPractitionerAsksToHearOfAWorkshopWithNoDateAndStopsWaiting() {
        Login bea = org.practitioner("Bea Viewed");
        long course = org.course("early-language-and-home-learning");
        Fixture.signIn(bea);
        navigate(WorkshopsView.class);
        assertThat($(Div.class).id("undated").getElement().getTextRecursively()).contains("Early language and the home learning environment")
            .doesNotContain("Managing change");
        test($(Button.class).id("register-interest-" + course)).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("You will be told when a session is scheduled.");
        assertThat($(Div.class).id("undated-" + course).getElement().getTextRecursively()).contains("You will be told when it is scheduled.");
        test($(Button.class).id("withdraw-interest-" + course)).click();
        assertThat($(Button.class).withId("register-interest-" + course).all()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from workshop_interest where person_id = ?", Integer.class, bea.personId())).isZero();
    }
}
