package org.centrecpd.journal;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.ui.SupervisionView;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.security.AccountService;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** "Today" in the journal's screens is the application's clock's today, not the server's calendar. */
@CentreTest
class JournalTodayTest extends ViewTest {

    @Autowired
    TestClock clock;
    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    JournalPeople fixture;
    JournalPeople.Made author;

    @BeforeEach
    void author() {
        fixture = new JournalPeople(people, workplaces, accounts, users, jdbc);
        author = fixture.make("Today Author", JobRole.FAMILY_SUPPORT_WORKER, JournalServiceTest.ASHBROOK);
    }

    @AfterEach
    void reset() {
        clock.reset();
        fixture.removeAll();
    }

    @Test
    void aSupervisionMeetingIsDatedTodayByTheApplicationsClock() {
        // Within the author's month at the centre, and not the day the test runs.
        LocalDate day = LocalDate.now(clock).minusDays(10);
        clock.setDay(day);
        fixture.signInAs(DemoLogins.MANAGER);

        navigate("supervision/" + author.id(), SupervisionView.class);

        assertThat($(DatePicker.class).id("note-date").getValue()).isEqualTo(day);
    }
}
