package org.centrecpd.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.centrecpd.support.Fixture.as;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.centrecpd.support.TestJvm;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.ReservationRow;
import org.centrecpd.workshops.domain.UndatedWorkshop;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.InterestList;
import org.centrecpd.workshops.service.ReservationRelease;
import org.centrecpd.workshops.service.Reservations;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Centre reservations and the interest list (issue 32 §4), on each database: reserved places count as taken, a
 * manager books staff into them, unused ones are released by the clock and offered to the waitlist with mail read
 * back from GreenMail; people waiting to hear of a workshop are told once when a session of it is scheduled.
 */
abstract class WorkshopReservationContract {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    static final LocalDate SESSION_DAY = LocalDate.of(2027, 3, 28);

    @Autowired
    SessionService sessions;
    @Autowired
    BookingService booking;
    @Autowired
    Reservations reservations;
    @Autowired
    ReservationRelease release;
    @Autowired
    InterestList interest;
    @Autowired
    org.centrecpd.workshops.service.SessionRequests requests;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    TwoCentres org;
    Login ann;
    Login bea;

    @BeforeEach
    void organisation() {
        clock.setDay(LocalDate.of(2027, 3, 1));
        org = new TwoCentres(jdbc);
        ann = org.practitioner("Ann Reserve");
        bea = org.practitioner("Bea Reserve");
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    long session(long course, int capacity) throws Exception {
        return as(org.partner, () -> sessions.schedule(new SessionForm(course, org.hill, SESSION_DAY, LocalTime.of(9, 30),
            LocalTime.of(13, 0), org.hill, "Community room", null, capacity, null, Set.of(org.partner.personId()), null)));
    }

    @Test
    void reservedPlacesCountAsTakenForEveryoneElseAndTheManagerBooksStaffIntoThem() throws Exception {
        long session = session(org.course("managing-change"), 3);
        as(org.hillManager, () -> {
            reservations.reserve(session, org.hill, 2);
            return null;
        });
        assertThat(booked(session)).as("reserved places are taken").isEqualTo(2);
        assertThat(as(ann, () -> booking.bookMe(session))).isEqualTo(BookingStatus.BOOKED);
        assertThat(as(bea, () -> booking.bookMe(session))).as("the last place was reserved").isEqualTo(BookingStatus.WAITLISTED);
        assertThatThrownBy(() -> as(org.hillManager, () -> {
            reservations.reserve(session, org.hill, 1);
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.reserve.tooFew");

        // Scope: Vale's manager can neither reserve on Hill's session, nor for Hill, nor see Hill's reservation.
        assertThatThrownBy(() -> as(org.valeManager, () -> {
            reservations.reserve(session, org.vale, 1);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(org.valeManager, () -> reservations.ofSession(session))).isInstanceOf(NotFoundException.class);
        List<ReservationRow> seen = as(org.hillManager, () -> reservations.ofSession(session));
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.centreId()).isEqualTo(org.hill);
            assertThat(r.places()).isEqualTo(2);
        });
        long reservation = seen.getFirst().id();
        assertThatThrownBy(() -> as(org.valeManager, () -> {
            reservations.bookInto(reservation, bea.personId());
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(as(org.partner, () -> reservations.ofSession(session))).as("the organiser sees it").hasSize(1);

        Login cal = org.practitioner("Cal Reserve");
        as(org.hillManager, () -> {
            reservations.bookInto(reservation, cal.personId());
            return null;
        });
        assertThat(status(session, cal)).isEqualTo("BOOKED");
        assertThat(booked(session)).as("a reserved place is used, not taken again").isEqualTo(3);
        assertThat(as(org.hillManager, () -> reservations.ofSession(session)).getFirst().used()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'WORKSHOP_PLACES_RESERVED' and subject like ?",
            Integer.class, "%(session " + session + ")%")).isEqualTo(1);
    }

    @Test
    void unusedPlacesAreReleasedDaysBeforeTheSessionOfferedToTheWaitlistAndTheManagerIsTold() throws Exception {
        long session = session(org.course("managing-change"), 2);
        long reservation = twoPlacesForHillReleasedFiveDaysBefore(session);
        as(org.hillManager, () -> {
            reservations.bookInto(reservation, bea.personId());
            return null;
        });
        assertThat(as(ann, () -> booking.bookMe(session))).isEqualTo(BookingStatus.WAITLISTED);
        smtp.purgeEmailFromAllMailboxes();

        clock.setDay(SESSION_DAY.minusDays(6));
        release.releaseDue();
        assertThat(released(reservation)).as("not yet: 5 days before").isNull();
        clock.setDay(SESSION_DAY.minusDays(5));
        release.releaseDue();
        assertThat(released(reservation)).isEqualTo(1);
        assertThat(status(session, ann)).as("the freed place went to the first person waiting").isEqualTo("BOOKED");
        assertThat(booked(session)).isEqualTo(2);
        MimeMessage told = inbox.awaitOne(org.hillManager.email());
        assertThat(told.getSubject()).startsWith("Reserved places released: Managing change");
        assertThat(Inbox.text(told)).contains("1 unused place for Hill");
        assertThat(inbox.awaitOne(ann.email()).getSubject()).startsWith("A place for you");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'WORKSHOP_RESERVATION_RELEASED' and subject like ?",
            Integer.class, "%(session " + session + ")%")).isEqualTo(1);

        release.releaseDue();
        assertThat(booked(session)).as("released once").isEqualTo(2);
        assertThatThrownBy(() -> as(org.hillManager, () -> {
            reservations.reserve(session, org.hill, 1);
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.reserve.tooLate");
    }

    @Test
    void aCancelledReservedPlaceGoesBackToTheCentreWhileHeldAndToTheWaitlistFromTheReleaseDay() throws Exception {
        long session = session(org.course("managing-change"), 2);
        long reservation = twoPlacesForHillReleasedFiveDaysBefore(session);
        Login cal = org.practitioner("Cal Cancels");
        Login dee = org.practitioner("Dee Later");
        for (Login staff : List.of(cal, bea)) {
            as(org.hillManager, () -> {
                reservations.bookInto(reservation, staff.personId());
                return null;
            });
        }
        assertThat(as(ann, () -> booking.bookMe(session))).isEqualTo(BookingStatus.WAITLISTED);

        as(cal, () -> {
            booking.cancel(bookingId(session, cal));
            return null;
        });
        assertThat(status(session, ann)).as("the reservation still holds its places: the waitlist waits").isEqualTo("WAITLISTED");
        assertThat(booked(session)).isEqualTo(2);
        assertThat(as(org.hillManager, () -> reservations.ofSession(session)).getFirst().used()).as("the place is Hill's again").isEqualTo(1);
        as(org.hillManager, () -> {
            reservations.bookInto(reservation, dee.personId());
            return null;
        });
        assertThat(status(session, dee)).as("the centre gives it to someone else of its staff").isEqualTo("BOOKED");

        clock.setDay(SESSION_DAY.minusDays(5));
        as(bea, () -> {
            booking.cancel(bookingId(session, bea));
            return null;
        });
        assertThat(status(session, ann)).as("from the release day a freed place goes to the waitlist, as any").isEqualTo("BOOKED");
        assertThat(booked(session)).isEqualTo(2);
        release.releaseDue();
        assertThat(booked(session)).isEqualTo(2);
    }

    @Test
    void aReservationReleasedEarlyIsReplacedByANewOneAndItsBookingsStay() throws Exception {
        long session = session(org.course("managing-change"), 3);
        as(org.hillManager, () -> {
            reservations.reserve(session, org.hill, 2);
            return null;
        });
        long first = as(org.hillManager, () -> reservations.ofSession(session)).getFirst().id();
        Login cal = org.practitioner("Cal Early");
        as(org.hillManager, () -> {
            reservations.bookInto(first, cal.personId());
            return null;
        });
        assertThat(as(org.hillManager, () -> reservations.releaseNow(first))).isEqualTo(1);

        as(org.hillManager, () -> {
            reservations.reserve(session, org.hill, 1);
            return null;
        });
        assertThat(as(org.hillManager, () -> reservations.ofSession(session))).singleElement()
            .satisfies(r -> assertThat(List.of(r.places(), r.used())).containsExactly(1, 0));
        assertThat(status(session, cal)).isEqualTo("BOOKED");
        assertThat(booked(session)).isEqualTo(2);

        as(cal, () -> {
            booking.cancel(bookingId(session, cal));
            return null;
        });
        assertThat(booked(session)).as("her place was of the released reservation: it goes back to the session").isEqualTo(1);
        assertThat(as(org.hillManager, () -> reservations.ofSession(session)).getFirst().used()).isZero();
    }

    @Test
    void peopleWaitingToHearOfAWorkshopAreToldOnceWhenASessionIsScheduledForTheirCentre() throws Exception {
        long course = org.course("early-language-and-home-learning");
        Login vic = org.login("Vic Vale", Role.PRACTITIONER, org.vale, JobRole.FAMILY_SUPPORT_WORKER);
        assertThat(as(ann, () -> interest.undated())).extracting(UndatedWorkshop::courseId).contains(course);
        as(ann, () -> {
            interest.register(course);
            return null;
        });
        as(vic, () -> {
            interest.register(course);
            return null;
        });
        assertThat(as(ann, () -> interest.undated())).filteredOn(w -> w.courseId() == course).singleElement()
            .extracting(UndatedWorkshop::interested).isEqualTo(true);
        long request = as(org.hillManager, () -> requests.request(new org.centrecpd.workshops.service.RequestForm(course, org.hill,
            "Any Monday", 8, "New family hub")));
        assertThat(as(org.hillManager, () -> requests.requestRow(request)).interested())
            .as("the centre's request shows who waits at Hill (not Vale's practitioner)").isEqualTo(1);
        smtp.purgeEmailFromAllMailboxes();

        long session = session(course, 10);
        MimeMessage told = inbox.awaitOne(ann.email());
        assertThat(told.getSubject()).startsWith("Now scheduled: Early language and the home learning environment");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
            "select count(*) from notice where person_id = ? and subject like 'Now scheduled:%'", Integer.class, ann.personId()) == 1);
        assertThat(inbox.to(vic.email())).as("the session is for Hill, not Vale").isEmpty();
        assertThat(as(ann, () -> interest.undated())).extracting(UndatedWorkshop::courseId).doesNotContain(course);
        assertThatThrownBy(() -> as(ann, () -> {
            interest.register(course);
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.interest.dated");

        session(course, 10);
        Thread.sleep(500);
        assertThat(inbox.to(ann.email())).as("told once").hasSize(1);
        assertThat(jdbc.queryForObject("select session_id from workshop_interest where person_id = ?", Long.class, ann.personId()))
            .isEqualTo(session);
        assertThat(jdbc.queryForObject("select notified_at from workshop_interest where person_id = ?", Object.class, vic.personId()))
            .as("Vale's practitioner still waits").isNull();
    }

    private long bookingId(long session, Login person) {
        return jdbc.queryForObject("select id from workshop_booking where session_id = ? and person_id = ?", Long.class, session,
            person.personId());
    }

    private int booked(long session) {
        return jdbc.queryForObject("select booked from workshop_session where id = ?", Integer.class, session);
    }

    private Integer released(long reservation) {
        return jdbc.queryForObject("select released from workshop_reservation where id = ?", Integer.class, reservation);
    }

    private String status(long session, Login person) {
        return jdbc.queryForObject("select status from workshop_booking where session_id = ? and person_id = ?", String.class, session,
            person.personId());
    }

    /** The partner sets the session's release to 5 days before; Hill's manager reserves 2 places. @return the reservation */
    private long twoPlacesForHillReleasedFiveDaysBefore(long session) throws Exception {
        as(org.partner, () -> {
            reservations.setReleaseDays(session, 5);
            return null;
        });
        as(org.hillManager, () -> {
            reservations.reserve(session, org.hill, 2);
            return null;
        });
        return as(org.hillManager, () -> reservations.ofSession(session)).getFirst().id();
    }
}
