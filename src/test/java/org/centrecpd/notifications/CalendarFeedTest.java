package org.centrecpd.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrecpd.support.Fixture.as;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.centrecpd.notifications.service.CalendarFeeds;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.support.Fixture.TwoCentres;
import org.centrecpd.support.TestClock;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A person's calendar subscription, fetched as a calendar application does (no sign-in, through the security
 * filters): parsed back with ical4j and checked line by line against RFC 5545's rules; only the owner's items;
 * a cancelled booking as STATUS:CANCELLED with a higher SEQUENCE; a revoked, replaced or unknown link answers 404.
 */
@CentreTest
class CalendarFeedTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final LocalDate SESSION_DAY = LocalDate.of(2027, 3, 28);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    SessionService sessions;
    @Autowired
    BookingService booking;
    @Autowired
    AssignmentService assigning;

    TwoCentres org;
    MockMvc mvc;
    Login ann;
    Login bea;
    long session;

    @BeforeEach
    void organisation() throws Exception {
        clock.setDay(TODAY);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        org = new TwoCentres(jdbc);
        ann = org.practitioner("Ann Feed");
        bea = org.practitioner("Bea Other");
        long course = org.course("managing-change");
        session = as(org.partner, () -> sessions.schedule(new SessionForm(course, org.hill, SESSION_DAY, LocalTime.of(9, 30),
            LocalTime.of(13, 0), org.hill, "Community room with a rather long description of where to find it, past the garden", null, 10,
            "Bring your centre's change timeline.", Set.of(org.partner.personId()), null)));
        assertThat(as(ann, () -> booking.bookMe(session))).isEqualTo(BookingStatus.BOOKED);
        long core = org.course("core-purpose");
        long safeguarding = org.course("working-together");
        as(org.hillManager, () -> assigning.assign(Assigning.toPeople(core, Set.of(ann.personId()), LocalDate.of(2027, 4, 30), true, null)));
        as(org.hillManager, () -> assigning.assign(Assigning.toPeople(safeguarding, Set.of(ann.personId()), LocalDate.of(2027, 6, 30), true, 24)));
        // A certification held since 2025: valid until 15 May 2027, its renewal window open from 16 March.
        jdbc.update("""
            update assignment set completed_on = date '2025-05-16', expires_on = date '2027-05-15', renewal_opens_on = date '2027-03-16'
             where person_id = ? and course_id = ?""", ann.personId(), safeguarding);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFeedHoldsTheOwnersBookingDueDateAndRenewalWindowAsValidIcalendar() throws Exception {
        String url = as(ann, () -> feeds.issueMine());
        assertThat(url).startsWith("https://cpd.council.example/calendar/").endsWith(".ics");

        MockHttpServletResponse response = fetch(url);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        byte[] ics = response.getContentAsByteArray();
        strictlyRfc5545(ics);

        Calendar calendar = parse(ics);
        assertThat(calendar.validate().getEntries()).as("ical4j's validation").isEmpty();
        assertThat(calendar.getProperty("METHOD")).as("a subscription is not an iTIP message").isEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue())
            .containsExactlyInAnyOrder("Managing change", "Due: " + title("core-purpose"), "Renewal window: " + title("working-together"));
        String installation = jdbc.queryForObject("select identifier from installation", String.class);
        VEvent workshop = event(events, "Managing change");
        assertThat(workshop.getProperty("UID").orElseThrow().getValue()).isEqualTo("workshop-session-" + session + "." + installation + "@centrecpd");
        assertThat(workshop.getStatus().getValue()).isEqualTo("CONFIRMED");
        VEvent due = event(events, "Due: " + title("core-purpose"));
        assertThat(due.getDateTimeStart().getValue()).isEqualTo("20270430");
        assertThat(due.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        VEvent window = event(events, "Renewal window: " + title("working-together"));
        assertThat(window.getDateTimeStart().getValue()).isEqualTo("20270316");
        assertThat(window.getDateTimeEnd().getValue()).as("the day after the last valid day").isEqualTo("20270516");
        assertThat(events).extracting(e -> e.getProperty("UID").orElseThrow().getValue()).doesNotHaveDuplicates()
            .allMatch(uid -> uid.contains(installation));
    }

    @Test
    void aCancelledBookingStaysInTheFeedAsCancelledWithAHigherSequence() throws Exception {
        String url = as(ann, () -> feeds.issueMine());
        VEvent before = event(parse(fetch(url).getContentAsByteArray()).getComponents("VEVENT"), "Managing change");
        long bookingId = jdbc.queryForObject("select id from workshop_booking where session_id = ? and person_id = ?", Long.class, session,
            ann.personId());
        as(ann, () -> {
            booking.cancel(bookingId);
            return null;
        });
        byte[] ics = fetch(url).getContentAsByteArray();
        strictlyRfc5545(ics);
        VEvent after = event(parse(ics).getComponents("VEVENT"), "Managing change");
        assertThat(after.getProperty("UID").orElseThrow().getValue()).isEqualTo(before.getProperty("UID").orElseThrow().getValue());
        assertThat(after.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(after.getSequence().getSequenceNo()).isGreaterThan(before.getSequence().getSequenceNo());
    }

    @Test
    void aFeedShowsOnlyItsOwnersItems() throws Exception {
        String beas = as(bea, () -> feeds.issueMine());
        Calendar calendar = parse(fetch(beas).getContentAsByteArray());
        assertThat(calendar.getComponents("VEVENT")).as("Ann's booking and training are not in Bea's calendar").isEmpty();
        assertThat(as(bea, () -> booking.bookMe(session))).isEqualTo(BookingStatus.BOOKED);
        assertThat(parse(fetch(beas).getContentAsByteArray()).<VEvent>getComponents("VEVENT")).extracting(e -> e.getSummary().getValue())
            .containsExactly("Managing change");
    }

    @Test
    void aRevokedReplacedOrUnknownLinkAnswersNotFound() throws Exception {
        String first = as(ann, () -> feeds.issueMine());
        assertThat(fetch(first).getStatus()).isEqualTo(200);
        String second = as(ann, () -> feeds.issueMine());
        assertThat(fetch(first).getStatus()).as("replaced").isEqualTo(404);
        assertThat(fetch(second).getStatus()).isEqualTo(200);
        as(ann, () -> {
            feeds.revokeMine();
            return null;
        });
        assertThat(fetch(second).getStatus()).as("revoked").isEqualTo(404);
        assertThat(as(ann, () -> feeds.myFeedIssuedAt())).isEmpty();
        assertThat(mvc.perform(get("/calendar/" + "x".repeat(43) + ".ics")).andReturn().getResponse().getStatus()).as("unknown").isEqualTo(404);
        assertThat(mvc.perform(get("/calendar/short.ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where person_id = ? and token_hash like ?", Long.class,
            ann.personId(), "%" + second.substring(second.lastIndexOf('/') + 1, second.length() - 4) + "%"))
            .as("the token itself is not stored, only its hash").isZero();
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        return mvc.perform(get(url.substring("https://cpd.council.example".length()))).andReturn().getResponse();
    }

    private String title(String slug) {
        return jdbc.queryForObject("select v.title from course c join course_version v on v.id = c.current_version_id where c.slug = ?",
            String.class, slug);
    }

    private static VEvent event(List<VEvent> events, String summary) {
        return events.stream().filter(e -> e.getSummary().getValue().equals(summary)).findFirst().orElseThrow();
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    /**
     * RFC 5545's rules on the raw bytes, stricter than a parser that forgives: every line ends CRLF (§3.1), no line is
     * longer than 75 octets (§3.1, folded with CRLF and a space), the calendar has VERSION and PRODID once (§3.6),
     * and each VEVENT has UID, DTSTAMP and DTSTART once each (§3.6.1).
     */
    static void strictlyRfc5545(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\n").doesNotContain("\r");
        String[] lines = text.split("\r\n");
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets in: " + line).isLessThanOrEqualTo(75);
        }
        String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        List<String> logical = List.of(unfolded.split("\r\n"));
        assertThat(logical.stream().filter(l -> l.startsWith("VERSION:"))).containsExactly("VERSION:2.0");
        assertThat(logical.stream().filter(l -> l.startsWith("PRODID:"))).hasSize(1);
        int events = 0;
        for (int i = 0; i < logical.size(); i++) {
            if (logical.get(i).equals("BEGIN:VEVENT")) {
                events++;
                int end = logical.subList(i, logical.size()).indexOf("END:VEVENT") + i;
                List<String> event = logical.subList(i, end);
                for (String required : List.of("UID", "DTSTAMP", "DTSTART")) {
                    assertThat(event.stream().filter(l -> l.startsWith(required + ":") || l.startsWith(required + ";")))
                        .as(required + " once in the event").hasSize(1);
                }
                assertThat(event.stream().filter(l -> l.startsWith("DTSTAMP:"))).allMatch(l -> l.endsWith("Z"));
            }
        }
        assertThat(logical.stream().filter(l -> l.equals("END:VEVENT")).count()).isEqualTo(events);
    }
}
