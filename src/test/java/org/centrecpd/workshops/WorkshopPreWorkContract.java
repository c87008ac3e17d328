package org.centrecpd.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centrecpd.support.Fixture.as;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.centrecpd.courses.PreWorkUnit;
import org.centrecpd.courses.service.CatalogueService;
import org.centrecpd.courses.service.CoursePage;
import org.centrecpd.courses.service.LearningService;
import org.centrecpd.courses.service.TestCourses;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.TestClock;
import org.centrecpd.support.TestJvm;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.PreWorkMissing;
import org.centrecpd.workshops.service.Reservations;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reverse of attendance unlocking units (issue 32 §4), on each database: a workshop whose course file names a unit
 * to complete before booking refuses a practitioner's booking until they have completed it, naming the unit and where
 * it is; a manager booking their staff is told the same and books only by saying "anyway", into an open place or a
 * reserved one. A workshop that asks for nothing books as before.
 */
abstract class WorkshopPreWorkContract {

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
    Reservations reservations;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
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
        assertThat(new TestCourses(context).importFolder(folder).problems()).isEmpty();
        clock.setDay(LocalDate.of(2027, 3, 1));
        org = new TwoCentres(jdbc);
        session = session(slug);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    long session(String courseSlug) throws Exception {
        long course = jdbc.queryForObject("select id from course where slug = ?", Long.class, courseSlug);
        return as(org.partner, () -> sessions.schedule(new SessionForm(course, org.hill, LocalDate.of(2027, 3, 28), LocalTime.of(9, 30),
            LocalTime.of(12, 30), org.hill, "Community room", null, 10, null, Set.of(org.partner.personId()), null)));
    }

    @Test
    void aPractitionerBooksOnlyOnceTheUnitAskedForIsCompleted() throws Exception {
        Login ann = org.practitioner("Ann Prepares");
        assertThat(as(ann, () -> booking.myPreWork(session))).singleElement().satisfies(u -> {
            assertThat(u.title()).isEqualTo("Before the session");
            assertThat(u.path()).isEqualTo("courses/" + slug + "/units/1");
        });
        assertThatThrownBy(() -> as(ann, () -> booking.bookMe(session))).isInstanceOfSatisfying(PreWorkMissing.class, e -> {
            assertThat(e.messageKey()).isEqualTo("workshops.preWork.missing");
            assertThat(e.arguments()).containsExactly(1, "Before the session");
            assertThat(e.mayBookAnyway()).isFalse();
        });
        assertThat(bookingCount(ann)).as("nothing booked, not even the waitlist").isZero();
        assertThat(as(ann, () -> catalogue.course(slug).units())).as("the course page marks the unit to do first")
            .extracting(CoursePage.UnitRow::beforeBooking).containsExactly(true, false);

        as(ann, () -> learning.openUnit(slug, 1));
        as(ann, () -> learning.completeUnit(slug, 1));

        assertThat(as(ann, () -> booking.myPreWork(session))).isEmpty();
        assertThat(as(ann, () -> booking.bookMe(session))).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void aManagerIsToldWhichUnitsTheirStaffHaveNotDoneAndBooksOnlyIfTheySayAnyway() throws Exception {
        Login bea = org.practitioner("Bea Unprepared");
        assertThatThrownBy(() -> as(org.hillManager, () -> booking.book(session, bea.personId())))
            .isInstanceOfSatisfying(PreWorkMissing.class, e -> {
                assertThat(e.messageKey()).isEqualTo("workshops.preWork.staffMissing");
                assertThat(e.arguments()).containsExactly("Bea Unprepared", 1, "Before the session");
                assertThat(e.units()).extracting(PreWorkUnit::order).containsExactly(1);
                assertThat(e.mayBookAnyway()).isTrue();
            });
        assertThat(bookingCount(bea)).isZero();

        assertThat(as(org.hillManager, () -> booking.book(session, bea.personId(), true))).isEqualTo(BookingStatus.BOOKED);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'WORKSHOP_BOOKED_WITHOUT_PRE_WORK' and subject = ?",
            String.class, "Bea Unprepared (person " + bea.personId() + ")")).as("the override, in the audit log").contains("Before the session");

        Login cal = org.practitioner("Cal Reserved");
        as(org.hillManager, () -> {
            reservations.reserve(session, org.hill, 1);
            return null;
        });
        long reservation = as(org.hillManager, () -> reservations.ofSession(session)).getFirst().id();
        assertThatThrownBy(() -> as(org.hillManager, () -> {
            reservations.bookInto(reservation, cal.personId());
            return null;
        })).isInstanceOf(PreWorkMissing.class);
        assertThat(bookingCount(cal)).as("a reserved place asks the same").isZero();
        as(org.hillManager, () -> {
            reservations.bookInto(reservation, cal.personId(), true);
            return null;
        });
        assertThat(bookingCount(cal)).isEqualTo(1);
    }

    @Test
    void aWorkshopThatAsksForNothingBooksAsBefore() throws Exception {
        String plain = TestCourses.newSlug();
        TestCourses.writeWorkshop(folder, plain, false);
        assertThat(new TestCourses(context).importFolder(folder).problems()).isEmpty();
        long other = session(plain);
        Login dee = org.practitioner("Dee Direct");

        assertThat(as(dee, () -> booking.myPreWork(other))).isEmpty();
        assertThat(as(dee, () -> booking.bookMe(other))).isEqualTo(BookingStatus.BOOKED);
    }

    private int bookingCount(Login person) {
        return jdbc.queryForObject("select count(*) from workshop_booking where session_id = ? and person_id = ?", Integer.class,
            session, person.personId());
    }
}
