package org.centrecpd.workshops.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.home.HomeView;
import org.centrecpd.workshops.domain.Attendance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The workshop screens as each role meets them, on the demo data (WorkshopsDemoData). */
@CentreTest
class WorkshopViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long session(int capacity) {
        return jdbc.queryForObject("select id from workshop_session where capacity = ? order by id fetch first 1 rows only", Long.class,
            capacity);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPractitionerBooksASessionAndSeesItInMyLearningWithTheInvite() {
        navigate(WorkshopsView.class);
        assertThat($(SessionCard.class).all()).hasSizeGreaterThanOrEqualTo(2);
        assertThat($(SessionCard.class).all()).extracting(c -> c.getElement().getTextRecursively())
            .anyMatch(t -> t.contains("Managing change") && t.contains("9 of 12 places left"))
            .anyMatch(t -> t.contains("Full: 2 waiting"));
        assertThat($(Button.class).withId("schedule-session").all()).as("only organisers schedule").isEmpty();
        assertThat($(Button.class).withId("request-workshop").all()).as("only managers request").isEmpty();

        long soon = session(12);
        navigate("workshops/" + soon, SessionView.class);
        assertThat($(RouterLink.class).withText("Open the register").all()).as("participants have no register").isEmpty();
        test($(Button.class).id("book")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("You have a place.");
        assertThat($(Paragraph.class).id("my-status").getText()).isEqualTo("Booked");

        navigate(HomeView.class);
        WorkshopsWidget widget = $(WorkshopsWidget.class).single();
        assertThat(widget.getElement().getTextRecursively()).contains("My workshop bookings", "Managing change", "Booked");
        assertThat($(Anchor.class, widget).all()).anyMatch(a -> a.getElement().getAttribute("download") != null
            && a.getElement().getAttribute("download").endsWith(".ics"));
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aManagerRequestsAWorkshopAndSeesItWaitingForAnAnswer() {
        navigate(WorkshopsView.class);
        test($(Button.class).id("request-workshop")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(Button.class, dialog).withText("Request a workshop").single()).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Say which dates would suit the centre.");
        $(TextField.class, dialog).id("request-dates").setValue("Any Monday in June");
        $(IntegerField.class, dialog).id("request-people").setValue(18);
        $(TextArea.class, dialog).id("request-changes").setValue("Ashbrook becomes a family hub in September.");
        test($(Button.class, dialog).withText("Request a workshop").single()).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Your request has been sent to your improvement partner.");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("requests").getElement().getTextRecursively())
            .contains("Ashbrook becomes a family hub in September.", "State: Waiting for an answer")
            .doesNotContain("Bramley joins the Riverside group");
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void thePartnerSeesRequestsAndTheRegisterWhichOpensOnTheDay() {
        navigate(WorkshopsView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("requests").getElement().getTextRecursively()).contains("Bramley joins the Riverside group");
        assertThat($(Button.class).withText("Schedule").all()).isNotEmpty();

        long full = session(4);
        navigate("workshops/" + full + "/register", RegisterView.class);
        @SuppressWarnings("unchecked")
        var marks = $(RadioButtonGroup.class).all();
        assertThat(marks).hasSize(4);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Attendance> first = marks.get(0);
        test(first).selectItem("Attended");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Attendance can be marked from the day of the session.");
        assertThat(first.getValue()).as("nothing recorded before the day").isNull();
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void schedulingASessionStartsWithTheSchedulerTheCoursesLengthAndTheCentresAddress() {
        navigate(WorkshopsView.class);
        test($(Button.class).id("schedule-session")).click();
        Dialog dialog = $(Dialog.class).single();
        var centre = (com.vaadin.flow.component.combobox.ComboBox<org.centrecpd.workshops.domain.PersonChoice>)
            $(com.vaadin.flow.component.combobox.ComboBox.class, dialog).id("session-centre");
        centre.setValue(centre.getListDataView().getItems().filter(c -> c.name().equals("Ashbrook Children's Centre")).findFirst().orElseThrow());
        var course = (com.vaadin.flow.component.combobox.ComboBox<org.centrecpd.workshops.domain.CourseChoice>)
            $(com.vaadin.flow.component.combobox.ComboBox.class, dialog).id("session-course");
        var managingChange = course.getListDataView().getItems().filter(c -> c.title().equals("Managing change")).findFirst().orElseThrow();
        course.setValue(managingChange);

        var facilitators = (com.vaadin.flow.component.combobox.MultiSelectComboBox<org.centrecpd.workshops.domain.PersonChoice>)
            $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, dialog).id("session-facilitators");
        assertThat(facilitators.getValue()).extracting(org.centrecpd.workshops.domain.PersonChoice::name).containsExactly("Helen Marsh");
        String address = jdbc.queryForObject("select concat_ws(', ', address, postcode) from centre where name = 'Ashbrook Children''s Centre'",
            String.class);
        assertThat($(TextField.class, dialog).id("session-address").getValue()).isNotBlank().isEqualTo(address);
        var starts = $(com.vaadin.flow.component.timepicker.TimePicker.class, dialog).id("session-starts").getValue();
        var ends = $(com.vaadin.flow.component.timepicker.TimePicker.class, dialog).id("session-ends").getValue();
        assertThat(java.time.Duration.between(starts, ends).toMinutes())
            .isEqualTo(Math.round(managingChange.cpdHours().doubleValue() * 4) * 15);
    }
}
