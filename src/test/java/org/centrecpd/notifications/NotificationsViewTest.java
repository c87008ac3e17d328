package org.centrecpd.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centrecpd.support.Fixture.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.centrecpd.base.mail.MailKind;
import org.centrecpd.notifications.service.Notices;
import org.centrecpd.notifications.service.NotificationSettings;
import org.centrecpd.notifications.ui.NotificationsView;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.TestClock;
import org.centrecpd.support.ViewTest;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The notifications page, browserless: a person switches booking mail off there, books, and the bell in the header
 * counts the notice all the same; they get their calendar link (shown once) there; a centre manager sees the review
 * reminders locked on by policy.
 */
@CentreTest
class NotificationsViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    NotificationSettings settings;
    @Autowired
    Notices notices;
    @Autowired
    SessionService sessions;
    @Autowired
    BookingService booking;

    TwoCentres org;
    Login ann;

    @BeforeEach
    void organisation() {
        clock.setDay(LocalDate.of(2027, 3, 1));
        org = new TwoCentres(jdbc);
        ann = org.practitioner("Ann Page");
    }

    @AfterEach
    void signOut() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void switchingBookingMailOffKeepsTheNoticeCountedByTheBell() throws Exception {
        Fixture.signIn(ann);
        navigate(NotificationsView.class);
        assertThat($(Span.class).withId("notice-count").all()).as("no count shown").isEmpty();
        Checkbox bookings = $(Checkbox.class).id("mail-bookings");
        assertThat(bookings.getValue()).isTrue();
        test(bookings).click();
        assertThat(as(ann, () -> settings.mine())).filteredOn(c -> c.kind() == MailKind.BOOKINGS).singleElement()
            .satisfies(c -> assertThat(c.on()).isFalse());

        long session = as(org.partner, () -> sessions.schedule(new SessionForm(org.course("managing-change"), org.hill,
            LocalDate.of(2027, 3, 28), LocalTime.of(9, 30), LocalTime.of(13, 0), org.hill, "Room", null, 5, null,
            Set.of(org.partner.personId()), null)));
        as(ann, () -> booking.bookMe(session));
        await().atMost(Duration.ofSeconds(20)).until(() -> as(ann, () -> notices.myUnreadCount()) == 1);

        Fixture.signIn(ann);
        navigate(NotificationsView.class);
        Span count = $(Span.class).id("notice-count");
        assertThat(count.getText()).isEqualTo("1");
        assertThat($(Button.class).id("notice-bell").getAriaLabel()).contains("Notifications, 1 unread");
        assertThat($(ListItem.class).from($(com.vaadin.flow.component.html.UnorderedList.class).id("notices")).all())
            .singleElement().satisfies(item -> assertThat(item.getElement().getTextRecursively()).contains("Unread").contains("Booked: Managing change"));
        test($(Button.class).id("mark-all-read")).click();
        navigate(NotificationsView.class);
        assertThat($(Span.class).withId("notice-count").all()).as("no count shown").isEmpty();
    }

    @Test
    void theCalendarLinkIsShownOnceAndCanBeStopped() {
        Fixture.signIn(ann);
        navigate(NotificationsView.class);
        test($(Button.class).id("issue-calendar")).click();
        String url = $(TextField.class).id("calendar-url").getValue();
        assertThat(url).startsWith("https://cpd.council.example/calendar/").endsWith(".ics");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("calendar-subscribe").getHref()).isEqualTo(url.replace("https://", "webcal://"));
        navigate(NotificationsView.class);
        assertThat($(TextField.class).withId("calendar-url").all()).as("shown once").isEmpty();
        test($(Button.class).id("revoke-calendar")).click();
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where person_id = ? and revoked_at is null", Long.class,
            ann.personId())).isZero();
    }

    @Test
    void aCentreManagerSeesReviewRemindersLockedOnByPolicy() {
        Fixture.signIn(org.hillManager);
        navigate(NotificationsView.class);
        Checkbox reviews = $(Checkbox.class).id("mail-reviews");
        assertThat(reviews.getValue()).isTrue();
        assertThat(reviews.isReadOnly()).isTrue();
        assertThat(reviews.getHelperText()).contains("Required by your authority");
        assertThat($(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withId("digest-frequency").all()).hasSize(1);
    }
}
