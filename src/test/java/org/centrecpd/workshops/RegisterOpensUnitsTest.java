package org.centrecpd.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrecpd.support.Fixture.as;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.centrecpd.courses.service.LearningService;
import org.centrecpd.courses.service.TestCourses;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.TestClock;
import org.centrecpd.support.TestJvm;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionRegister;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Attendance unlocks the next step (issue 32 §4), end to end without a browser: a participant booked on a session of a
 * workshop whose follow-up unit waits for attendance finds it shut; the facilitator marks them attended on the
 * register; the unit opens. Someone marked absent still finds it shut. Only test code here: the register's own path
 * (SessionRegister.mark → courses.CourseAttendance) is unchanged.
 */
@CentreTest
class RegisterOpensUnitsTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    SessionService sessions;
    @Autowired
    BookingService booking;
    @Autowired
    SessionRegister sessionRegister;
    @Autowired
    LearningService learning;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void markingAttendedOnTheRegisterOpensTheFollowUpUnit() throws Exception {
        String slug = TestCourses.newSlug();
        TestCourses.writeWorkshop(folder, slug);
        new TestCourses(context).importFolder(folder);
        long course = jdbc.queryForObject("select id from course where slug = ?", Long.class, slug);
        LocalDate today = LocalDate.of(2027, 3, 1);
        LocalDate sessionDay = LocalDate.of(2027, 3, 28);
        clock.setDay(today);
        TwoCentres org = new TwoCentres(jdbc);
        long session = as(org.partner, () -> sessions.schedule(new SessionForm(course, org.hill, sessionDay, LocalTime.of(9, 30),
            LocalTime.of(12, 30), org.hill, "Community room", null, 10, "Read unit 1 first.", Set.of(org.partner.personId()), null)));
        Login una = org.practitioner("Una Attends");
        Login abe = org.practitioner("Abe Absent");
        as(una, () -> booking.bookMe(session));
        as(abe, () -> booking.bookMe(session));
        assertThat(as(una, () -> learning.openUnit(slug, 2).locked())).as("booked is not attended").isTrue();

        clock.setDay(sessionDay);
        as(org.partner, () -> {
            sessionRegister.mark(bookingOf(session, una.personId()), Attendance.ATTENDED);
            sessionRegister.mark(bookingOf(session, abe.personId()), Attendance.ABSENT);
            return null;
        });

        assertThat(as(una, () -> learning.openUnit(slug, 2).locked())).isFalse();
        assertThat(as(abe, () -> learning.openUnit(slug, 2).locked())).isTrue();
    }

    private long bookingOf(long session, long person) {
        return jdbc.queryForObject("select id from workshop_booking where session_id = ? and person_id = ?", Long.class, session, person);
    }
}
