package org.centrecpd.workshops;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.centrecpd.support.Fixture.as;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.assertj.core.groups.Tuple;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.CpdRecordService;
import org.centrecpd.training.service.MatrixFilter;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.RequestStatus;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionRegister;
import org.centrecpd.workshops.domain.MyBooking;
import org.centrecpd.workshops.domain.RegisterRow;
import org.centrecpd.workshops.service.RequestForm;
import org.centrecpd.workshops.domain.RequestRow;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionRequests;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.centrecpd.support.TestJvm;

/**
 * Sessions, requests, booking, the waitlist and the register, on an organisation of the test's own,
 * with e-mail going through a real SMTP server (GreenMail) and read back as messages.
 */
@CentreTest
class WorkshopBookingTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @Autowired
    SessionService sessions;
    @Autowired
    SessionRequests requests;
    @Autowired
    BookingService booking;
    @Autowired
    SessionRegister sessionRegister;
    @Autowired
    AssignmentService assigning;
    @Autowired
    CompletionService completion;
    @Autowired
    CpdRecordService cpd;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    TwoCentres org;
    long course;

    /** Today, in the tests' world; sessions are a few weeks later. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final LocalDate SESSION_DAY = LocalDate.of(2027, 3, 28);

    @BeforeEach
    void organisation() {
        clock.setDay(TODAY);
        org = new TwoCentres(jdbc);
        course = org.course("managing-change");
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    long schedule(int capacity, Long requestId, long... facilitators) throws Exception {
        Set<Long> people = new java.util.HashSet<>();
        for (long f : facilitators) {
            people.add(f);
        }
        if (people.isEmpty()) {
            people.add(org.partner.personId());
        }
        return as(org.partner, () -> sessions.schedule(new SessionForm(course, org.hill, SESSION_DAY, LocalTime.of(9, 30),
            LocalTime.of(13, 0), org.hill, "Community room", null, capacity, "Bring your centre's change timeline.", people, requestId)));
    }

    @Test
    void theLastPlaceGoesToExactlyOneOfManyAtOnceAndTheOthersQueueInOrder() throws Exception {
        long session = schedule(3, null);
        Login first = org.practitioner("First Early");
        Login second = org.practitioner("Second Early");
        assertThat(as(first, () -> booking.bookMe(session))).isEqualTo(BookingStatus.BOOKED);
        assertThat(as(second, () -> booking.bookMe(session))).isEqualTo(BookingStatus.BOOKED);

        int racers = 16;
        List<Login> people = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            people.add(org.practitioner("Racer " + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<BookingStatus>> results = new ArrayList<>();
        for (Login person : people) {
            results.add(pool.submit(() -> {
                start.await();
                return as(person, () -> booking.bookMe(session));
            }));
        }
        start.countDown();
        List<BookingStatus> outcomes = new ArrayList<>();
        for (Future<BookingStatus> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(s -> s == BookingStatus.BOOKED).hasSize(1);
        assertThat(outcomes).filteredOn(s -> s == BookingStatus.WAITLISTED).hasSize(racers - 1);
        assertThat(jdbc.queryForObject("select booked from workshop_session where id = ?", Integer.class, session)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from workshop_booking where session_id = ? and status = 'BOOKED'",
            Integer.class, session)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from workshop_booking where session_id = ? and status = 'WAITLISTED'",
            Integer.class, session)).as("nobody lost").isEqualTo(racers - 1);
        List<Long> queue = jdbc.queryForList("select person_id from workshop_booking where session_id = ? and status = 'WAITLISTED' "
            + "order by queue_no", Long.class, session);
        assertThat(queue).doesNotHaveDuplicates().hasSize(racers - 1);

        // Someone who asks after the race queues behind everyone in it.
        Login late = org.practitioner("Late Comer");
        assertThat(as(late, () -> booking.bookMe(session))).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(as(late, () -> booking.myBookings())).extracting(MyBooking::queuePosition).containsExactly((long) racers);

        // Each place given up goes to the head of the queue, in order.
        long firstBooking = bookingOf(session, first.personId());
        as(first, () -> {
            booking.cancel(firstBooking);
            return null;
        });
        assertThat(statusOf(session, queue.get(0))).isEqualTo("BOOKED");
        long secondBooking = bookingOf(session, second.personId());
        as(org.hillManager, () -> {
            booking.cancel(secondBooking);
            return null;
        });
        assertThat(statusOf(session, queue.get(1))).isEqualTo("BOOKED");
        assertThat(statusOf(session, queue.get(2))).isEqualTo("WAITLISTED");
        assertThat(jdbc.queryForObject("select booked from workshop_session where id = ?", Integer.class, session)).isEqualTo(3);
    }

    @Test
    void aPlaceGivenUpGoesToTheFirstWaitingWhoIsToldByEmailWithTheInvite() throws Exception {
        long session = schedule(1, null);
        Login ann = org.practitioner("Ann Booker");
        Login bea = org.practitioner("Bea Waiter");
        Login cal = org.practitioner("Cal Third");
        assertThat(as(ann, () -> booking.bookMe(session))).isEqualTo(BookingStatus.BOOKED);
        assertThat(as(org.hillManager, () -> booking.book(session, bea.personId()))).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(as(cal, () -> booking.bookMe(session))).isEqualTo(BookingStatus.WAITLISTED);
        assertThatThrownBy(() -> as(ann, () -> booking.bookMe(session))).isInstanceOf(RuleViolation.class)
            .hasMessage("workshops.book.alreadyBooked");

        inbox.awaitReceived(3);
        MimeMessage booked = single(ann.email());
        assertThat(booked.getSubject()).isEqualTo("Booked: Managing change, Sunday 28 March 2027, 09:30–13:00");
        assertThat(Inbox.text(booked)).contains("Hill " + org.name);
        VEvent invite = invite(booked);
        assertThat(invite.getSummary().getValue()).isEqualTo("Managing change");
        assertThat(single(bea.email()).getSubject()).startsWith("On the waitlist: Managing change");
        assertThat(attachments(single(bea.email()))).as("no invite while only waiting").isEmpty();

        long annBooking = bookingOf(session, ann.personId());
        as(ann, () -> {
            booking.cancel(annBooking);
            return null;
        });

        assertThat(statusOf(session, bea.personId())).isEqualTo("BOOKED");
        assertThat(statusOf(session, cal.personId())).isEqualTo("WAITLISTED");
        assertThat(as(cal, () -> booking.myBookings())).extracting(MyBooking::status, MyBooking::queuePosition)
            .containsExactly(Tuple.tuple(BookingStatus.WAITLISTED, 1L));
        inbox.awaitReceived(5);
        List<MimeMessage> toBea = inbox.to(bea.email());
        MimeMessage promoted = toBea.get(toBea.size() - 1);
        assertThat(promoted.getSubject()).isEqualTo("A place for you: Managing change, Sunday 28 March 2027, 09:30–13:00");
        assertThat(invite(promoted).getStatus().getValue()).isEqualTo("CONFIRMED");
        List<MimeMessage> toAnn = inbox.to(ann.email());
        assertThat(toAnn.get(toAnn.size() - 1).getSubject()).startsWith("Booking cancelled: Managing change");
    }

    @Test
    void cancellingASessionTellsEveryoneBookedOrWaitingWithACancellingInvite() throws Exception {
        long session = schedule(1, null);
        Login ann = org.practitioner("Ann Cancelled");
        Login bea = org.practitioner("Bea Cancelled");
        as(ann, () -> booking.bookMe(session));
        as(bea, () -> booking.bookMe(session));
        inbox.awaitReceived(2);

        assertThatThrownBy(() -> as(org.partner, () -> {
            sessions.cancel(session, " ");
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.session.reasonMissing");
        assertThatThrownBy(() -> as(org.hillManager, () -> {
            sessions.cancel(session, "Not mine to cancel");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        as(org.partner, () -> {
            sessions.cancel(session, "The facilitator is ill; a new date will follow");
            return null;
        });

        inbox.awaitReceived(4);
        for (Login person : List.of(ann, bea)) {
            List<MimeMessage> mails = inbox.to(person.email());
            MimeMessage cancelled = mails.get(mails.size() - 1);
            assertThat(cancelled.getSubject()).isEqualTo("Cancelled: Managing change, Sunday 28 March 2027, 09:30–13:00");
            assertThat(Inbox.text(cancelled)).contains("The facilitator is ill; a new date will follow");
            Calendar calendar = calendar(cancelled);
            assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
            VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
            assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
            String installation = jdbc.queryForObject("select identifier from installation", String.class);
            assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("workshop-session-" + session + "." + installation + "@centrecpd");
        }
        assertThatThrownBy(() -> as(org.practitioner("Too Late"), () -> booking.bookMe(session)))
            .isInstanceOf(RuleViolation.class).hasMessage("workshops.book.cancelled");
    }

    @Test
    void attendanceCompletesTheCourseWhichTheMatrixAndCpdRecordShow() throws Exception {
        Login facilitator = org.login("Fay Facilitator", Role.PRACTITIONER, org.vale,
            JobRole.FAMILY_SUPPORT_WORKER);
        Login amara = org.practitioner("Amara Attends");
        Login ben = org.practitioner("Ben Absent");
        as(org.hillManager, () -> assigning.assign(Assigning.toPeople(course, Set.of(amara.personId(), ben.personId()),
            LocalDate.of(2027, 4, 30), true, 12)));
        // Fay works at Vale, so she is not offered as a facilitator for a Hill session.
        assertThatThrownBy(() -> schedule(10, null, facilitator.personId())).isInstanceOf(NotFoundException.class);
        long session = schedule(10, null, org.partner.personId());
        jdbc.update("insert into workshop_facilitator (session_id, person_id) values (?, ?)", session, facilitator.personId());
        as(amara, () -> booking.bookMe(session));
        as(ben, () -> booking.bookMe(session));

        long amaraBooking = bookingOf(session, amara.personId());
        assertThatThrownBy(() -> as(facilitator, () -> {
            sessionRegister.mark(amaraBooking, Attendance.ATTENDED);
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.register.tooEarly");
        assertThatThrownBy(() -> as(amara, () -> sessionRegister.rows(session))).as("participants do not see the register")
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(org.hillManager, () -> sessionRegister.rows(session))).isInstanceOf(NotFoundException.class);

        clock.setDay(SESSION_DAY);
        List<RegisterRow> register = as(facilitator, () -> sessionRegister.rows(session));
        assertThat(register).extracting(RegisterRow::fullName).containsExactly("Amara Attends", "Ben Absent");
        as(facilitator, () -> {
            sessionRegister.mark(amaraBooking, Attendance.ATTENDED);
            sessionRegister.mark(bookingOf(session, ben.personId()), Attendance.ABSENT);
            return null;
        });
        assertThatThrownBy(() -> as(facilitator, () -> {
            sessionRegister.mark(amaraBooking, Attendance.ABSENT);
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.register.attendedFinal");

        assertThat(jdbc.queryForMap("select completed_on, cpd_hours from course_completion where person_id = ?", amara.personId()))
            .containsEntry("completed_on", java.sql.Date.valueOf(SESSION_DAY))
            .hasEntrySatisfying("cpd_hours", h -> assertThat((java.math.BigDecimal) h).isEqualByComparingTo("3.5"));
        assertThat(jdbc.queryForObject("select count(*) from course_completion where person_id = ?", Integer.class, ben.personId()))
            .isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
            "select completed_on from assignment where person_id = ?", java.sql.Date.class, amara.personId()) != null);

        List<String> matrix = as(org.hillManager, () -> completion.matrix(org.hill, null, MatrixFilter.ALL)).stream()
            .map(c -> c.fullName() + " " + c.status()).toList();
        assertThat(matrix).containsExactly("Amara Attends " + TrainingStatus.COMPLETED, "Ben Absent " + TrainingStatus.DUE);
        assertThat(as(amara, () -> cpd.myRecord()).completions()).singleElement()
            .satisfies(c -> {
                assertThat(c.completedOn()).isEqualTo(SESSION_DAY);
                assertThat(c.cpdHours()).isEqualByComparingTo("3.5");
            });
    }

    @Test
    void aManagerRequestsAWorkshopAndThePartnerSchedulesOrDeclinesIt() throws Exception {
        RequestForm form = new RequestForm(course, org.hill, "Any Tuesday morning in March", 14,
            "Our centre joins the Northside group in April and the lead agency changes.");
        assertThatThrownBy(() -> as(org.valeManager, () -> requests.request(form))).as("not their centre")
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(org.hillManager, () -> requests.request(new RequestForm(course, org.hill, "", 14, "x"))))
            .isInstanceOf(RuleViolation.class).hasMessage("workshops.request.datesMissing");
        long request = as(org.hillManager, () -> requests.request(form));

        assertThat(as(org.valeManager, () -> requests.requests())).extracting(RequestRow::id).doesNotContain(request);
        assertThatThrownBy(() -> as(org.practitioner("Pip Practitioner"), () -> requests.requests()))
            .isInstanceOf(AccessDeniedException.class);
        RequestRow seen = as(org.partner, () -> requests.requestRow(request));
        assertThat(seen.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(seen.whatChanges()).contains("Northside group");

        long session = schedule(14, request);
        RequestRow answered = as(org.hillManager, () -> requests.requestRow(request));
        assertThat(answered.status()).isEqualTo(RequestStatus.SCHEDULED);
        assertThat(answered.sessionId()).isEqualTo(session);
        assertThatThrownBy(() -> schedule(14, request)).isInstanceOf(RuleViolation.class).hasMessage("workshops.request.notOpen");

        long second = as(org.valeManager, () -> requests.request(new RequestForm(course, org.vale, "June", 6, "New building")));
        assertThatThrownBy(() -> as(org.partner, () -> {
            requests.decline(second, "");
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("workshops.request.reasonMissing");
        as(org.partner, () -> {
            requests.decline(second, "A joint session for both centres is already planned for May");
            return null;
        });
        RequestRow declined = as(org.valeManager, () -> requests.requestRow(second));
        assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("A joint session for both centres is already planned for May");

        // Vale's manager does not see Hill's session; Hill's practitioners do.
        assertThat(as(org.valeManager, () -> sessions.upcoming())).extracting(r -> r.id()).doesNotContain(session);
        assertThat(as(org.practitioner("Hill Person"), () -> sessions.upcoming())).extracting(r -> r.id()).contains(session);
        assertThatThrownBy(() -> as(org.valeManager, () -> booking.bookMe(session))).isInstanceOf(NotFoundException.class);
    }

    private String statusOf(long session, long person) {
        return jdbc.queryForObject("select status from workshop_booking where session_id = ? and person_id = ?", String.class,
            session, person);
    }

    private long bookingOf(long session, long person) {
        return jdbc.queryForObject("select id from workshop_booking where session_id = ? and person_id = ?", Long.class, session, person);
    }

    private MimeMessage single(String address) {
        List<MimeMessage> mails = inbox.to(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static List<BodyPart> attachments(MimeMessage message) throws Exception {
        List<BodyPart> files = new ArrayList<>();
        if (message.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() != null) {
                    files.add(part);
                }
            }
        }
        return files;
    }

    private static Calendar calendar(MimeMessage message) throws Exception {
        BodyPart file = attachments(message).get(0);
        assertThat(file.getFileName()).isEqualTo("managing-change-2027-03-28.ics");
        assertThat(file.getContentType()).startsWith("text/calendar");
        String text = new String(file.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent invite(MimeMessage message) throws Exception {
        return (VEvent) calendar(message).getComponent("VEVENT").orElseThrow();
    }
}
