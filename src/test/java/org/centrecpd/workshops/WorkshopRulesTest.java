package org.centrecpd.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centrecpd.support.Fixture.as;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.centrecpd.support.TestJvm;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.PendingApproval;
import org.centrecpd.workshops.service.BookingRules;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionRules;
import org.centrecpd.workshops.service.SessionService;
import org.centrecpd.workshops.service.WaitlistOffers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A session's booking rules (issue 32 §4): booking and cancellation cut-offs by the injected clock, and manager
 * approval with mail to both, read back from a real SMTP server (GreenMail).
 */
@CentreTest
class WorkshopRulesTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    static final LocalDate SESSION_DAY = LocalDate.of(2027, 3, 28);

    @Autowired
    SessionService sessions;
    @Autowired
    SessionRules sessionRules;
    @Autowired
    BookingService booking;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    WaitlistOffers offers;

    TwoCentres org;
    Login ann;
    long session;

    @BeforeEach
    void organisation() throws Exception {
        clock.setDay(LocalDate.of(2027, 3, 1));
        org = new TwoCentres(jdbc);
        ann = org.practitioner("Ann Rules");
        long course = org.course("managing-change");
        session = as(org.partner, () -> sessions.schedule(new SessionForm(course, org.hill, SESSION_DAY, LocalTime.of(9, 30),
            LocalTime.of(13, 0), org.hill, "Community room", null, 10, null, Set.of(org.partner.personId()), null)));
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    void rules(Integer bookingCloses, Integer cancelCloses, boolean approval) throws Exception {
        as(org.partner, () -> {
            sessionRules.set(session, new BookingRules(bookingCloses, cancelCloses, approval));
            return null;
        });
    }

    @Test
    void bookingClosesTheGivenHoursBeforeTheStart() throws Exception {
        rules(48, null, false);
        clock.setDay(SESSION_DAY.minusDays(1));
        assertThatThrownBy(() -> as(ann, () -> booking.bookMe(session))).isInstanceOf(RuleViolation.class)
            .hasMessage("workshops.book.closed");
        clock.setDay(SESSION_DAY.minusDays(3));
        assertThat(as(ann, () -> booking.bookMe(session))).isEqualTo(BookingStatus.BOOKED);
        assertThat(as(org.partner, () -> sessionRules.of(session))).isEqualTo(new BookingRules(48, null, false));
        assertThatThrownBy(() -> as(org.partner, () -> {
            sessionRules.set(session, new BookingRules(-1, null, false));
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.rules.hours");
    }

    @Test
    void pastTheCancellationCutOffOnlyTheManagerCancels() throws Exception {
        rules(null, 24, false);
        assertThat(as(ann, () -> booking.bookMe(session))).isEqualTo(BookingStatus.BOOKED);
        long bookingId = bookingOf(ann);
        // Noon the day before: 21½ hours before the start, inside the 24-hour cut-off.
        clock.setDay(SESSION_DAY.minusDays(1));
        assertThatThrownBy(() -> as(ann, () -> {
            booking.cancel(bookingId);
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.cancel.closed");
        as(org.hillManager, () -> {
            booking.cancel(bookingId);
            return null;
        });
        assertThat(status(ann)).isEqualTo("CANCELLED");
    }

    @Test
    void aPractitionersBookingWaitsForTheManagerWhoApprovesOrDeclinesAndBothAreTold() throws Exception {
        rules(null, null, true);
        assertThat(as(ann, () -> booking.bookMe(session))).isEqualTo(BookingStatus.PENDING);
        assertThat(jdbc.queryForObject("select booked from workshop_session where id = ?", Integer.class, session))
            .as("waiting holds no place").isZero();
        assertThat(inbox.awaitOne(ann.email()).getSubject()).startsWith("Waiting for approval: Managing change");
        MimeMessage asked = inbox.awaitOne(org.hillManager.email());
        assertThat(asked.getSubject()).startsWith("Approval needed: Managing change");
        assertThat(Inbox.text(asked)).contains("Ann Rules asks to book Managing change");
        assertThatThrownBy(() -> as(ann, () -> booking.bookMe(session))).isInstanceOf(RuleViolation.class)
            .hasMessage("workshops.book.alreadyPending");

        assertThat(as(org.hillManager, () -> booking.pendingApprovals())).extracting(PendingApproval::fullName).containsExactly("Ann Rules");
        assertThat(as(org.valeManager, () -> booking.pendingApprovals())).as("not Vale's staff").isEmpty();
        long annsBooking = bookingOf(ann);
        assertThatThrownBy(() -> as(org.valeManager, () -> booking.decide(annsBooking, true, null))).isInstanceOf(NotFoundException.class);

        smtp.purgeEmailFromAllMailboxes();
        assertThat(as(org.hillManager, () -> booking.decide(annsBooking, true, null))).isEqualTo(BookingStatus.BOOKED);
        assertThat(inbox.awaitOne(ann.email()).getSubject()).startsWith("Booked: Managing change");
        assertThat(inbox.awaitOne(org.hillManager.email()).getSubject()).startsWith("You approved a booking: Managing change");
        assertThat(jdbc.queryForObject("select booked from workshop_session where id = ?", Integer.class, session)).isEqualTo(1);

        Login bea = org.practitioner("Bea Rules");
        assertThat(as(bea, () -> booking.bookMe(session))).isEqualTo(BookingStatus.PENDING);
        long beasBooking = bookingOf(bea);
        assertThatThrownBy(() -> as(org.hillManager, () -> booking.decide(beasBooking, false, " "))).isInstanceOf(RuleViolation.class)
            .hasMessage("workshops.approval.reasonNeeded");
        smtp.purgeEmailFromAllMailboxes();
        assertThat(as(org.hillManager, () -> booking.decide(beasBooking, false, "Two of the team are on it already"))).isEqualTo(BookingStatus.DECLINED);
        MimeMessage declined = inbox.awaitOne(bea.email());
        assertThat(declined.getSubject()).startsWith("Booking declined: Managing change");
        assertThat(Inbox.text(declined)).contains("Two of the team are on it already");
        assertThat(inbox.awaitOne(org.hillManager.email()).getSubject()).startsWith("You declined a booking: Managing change");
        assertThat(as(bea, () -> booking.bookMe(session))).as("asking again after a no").isEqualTo(BookingStatus.PENDING);

        // A manager booking their staff is the approval.
        Login cal = org.practitioner("Cal Rules");
        assertThat(as(org.hillManager, () -> booking.book(session, cal.personId()))).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void aPlaceFromTheWaitlistIsHeldForTheNextPersonToConfirmThenPassesOn() throws Exception {
        long small = as(org.partner, () -> sessions.schedule(new SessionForm(org.course("managing-change"), org.hill, SESSION_DAY,
            LocalTime.of(14, 0), LocalTime.of(16, 0), org.hill, "Small room", null, 1, null, Set.of(org.partner.personId()), null)));
        as(org.partner, () -> {
            sessionRules.set(small, new BookingRules(null, null, false, 24));
            return null;
        });
        Login bea = org.practitioner("Bea Waits");
        Login cal = org.practitioner("Cal Waits");
        assertThat(as(ann, () -> booking.bookMe(small))).isEqualTo(BookingStatus.BOOKED);
        assertThat(as(bea, () -> booking.bookMe(small))).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(as(cal, () -> booking.bookMe(small))).isEqualTo(BookingStatus.WAITLISTED);
        smtp.purgeEmailFromAllMailboxes();

        clock.setDay(LocalDate.of(2027, 3, 2));
        long annsBooking = jdbc.queryForObject("select id from workshop_booking where session_id = ? and person_id = ?", Long.class, small,
            ann.personId());
        as(ann, () -> {
            booking.cancel(annsBooking);
            return null;
        });
        MimeMessage offered = inbox.awaitOne(bea.email());
        assertThat(offered.getSubject()).startsWith("A place is held for you: Managing change");
        assertThat(Inbox.text(offered)).contains("held for you until Wednesday 3 March 2027, 12:00");
        assertThat(statusIn(small, bea)).isEqualTo("OFFERED");
        assertThat(jdbc.queryForObject("select booked from workshop_session where id = ?", Integer.class, small)).as("held").isEqualTo(1);

        assertThat(offers.lapse()).as("not yet").isZero();
        clock.setDay(LocalDate.of(2027, 3, 4));
        assertThat(offers.lapse()).isEqualTo(1);
        assertThat(statusIn(small, bea)).isEqualTo("CANCELLED");
        assertThat(statusIn(small, cal)).isEqualTo("OFFERED");
        assertThat(inbox.awaitMessage(bea.email(), 2).getSubject()).startsWith("Offer lapsed: Managing change");
        assertThat(inbox.awaitOne(cal.email()).getSubject()).startsWith("A place is held for you");
        assertThatThrownBy(() -> as(bea, () -> {
            booking.confirmOffer(small);
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.offer.gone");

        as(cal, () -> {
            booking.confirmOffer(small);
            return null;
        });
        assertThat(statusIn(small, cal)).isEqualTo("BOOKED");
        assertThat(inbox.awaitMessage(cal.email(), 2).getSubject()).startsWith("Booked: Managing change");
        assertThat(jdbc.queryForObject("select booked from workshop_session where id = ?", Integer.class, small)).isEqualTo(1);
    }

    private String statusIn(long sessionId, Login person) {
        return jdbc.queryForObject("select status from workshop_booking where session_id = ? and person_id = ?", String.class, sessionId,
            person.personId());
    }

    private long bookingOf(Login person) {
        return jdbc.queryForObject("select id from workshop_booking where session_id = ? and person_id = ?", Long.class, session, person.personId());
    }

    private String status(Login person) {
        return jdbc.queryForObject("select status from workshop_booking where session_id = ? and person_id = ?", String.class, session,
            person.personId());
    }
}
