package org.centrecpd.workshops.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.centrecpd.base.calendar.CalendarWriter;
import org.centrecpd.base.calendar.Installation;
import org.centrecpd.workshops.domain.SessionRow;
import org.junit.jupiter.api.Test;

/**
 * The .ics file parsed back with ical4j: UK local times with TZID=Europe/London and the zone's own
 * definition in the file, right on the days the clocks change (28 March 2027: 01:00 GMT becomes
 * 02:00 BST; 25 October 2026: 02:00 BST becomes 01:00 GMT).
 */
class SessionCalendarTest {

    private static final String INSTALLATION = "3f2c9a1e-0000-4000-8000-00000000abcd";

    private final SessionCalendar calendar = new SessionCalendar(new CalendarWriter(
        Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"), ZoneOffset.UTC), "mailto:no-reply@centrecpd.example"), installation());

    private static Installation installation() {
        Installation installation = org.mockito.Mockito.mock(Installation.class);
        org.mockito.Mockito.when(installation.uid(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyLong()))
            .thenAnswer(call -> call.getArgument(0) + "-" + call.getArgument(1) + "." + INSTALLATION + "@centrecpd");
        return installation;
    }

    @Test
    void aMorningSessionOnTheDayTheClocksGoForwardIsAtTheRightInstant() throws Exception {
        Calendar parsed = parse(session(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 13, 30)));
        VEvent event = event(parsed);
        // 10:00 in London on 28 March 2027 is British Summer Time: 09:00 UTC.
        assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2027-03-28T09:00:00Z"));
        assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(Instant.parse("2027-03-28T12:30:00Z"));
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        VTimeZone zone = (VTimeZone) parsed.getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/London");
        assertThat(zone.getObservances()).as("summer and winter time both defined").hasSizeGreaterThanOrEqualTo(2);
        assertThat(event.getSummary().getValue()).isEqualTo("Managing change");
        assertThat(event.getLocation().getValue()).isEqualTo("Ashbrook Children's Centre, Community room");
        assertThat(parsed.validate().getEntries()).as("validation of the file").isEmpty();
    }

    @Test
    void aMorningSessionOnTheDayTheClocksGoBackIsAtTheRightInstant() throws Exception {
        VEvent event = event(parse(session(LocalDateTime.of(2026, 10, 25, 10, 0), LocalDateTime.of(2026, 10, 25, 13, 30))));
        // 10:00 in London on 25 October 2026 is Greenwich Mean Time again: 10:00 UTC.
        assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-10-25T10:00:00Z"));
        assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(Instant.parse("2026-10-25T13:30:00Z"));
    }

    @Test
    void aSessionAcrossTheChangeItselfLastsWhatTheClocksSay() throws Exception {
        // 00:30 to 03:30 on 28 March 2027 spans the hour that does not exist: two hours of real time.
        SessionRow night = session(LocalDateTime.of(2027, 3, 28, 0, 30), LocalDateTime.of(2027, 3, 28, 3, 30));
        VEvent event = event(parse(night));
        assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2027-03-28T00:30:00Z"));
        assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(Instant.parse("2027-03-28T02:30:00Z"));
        assertThat(BookingServiceHours.of(night)).isEqualByComparingTo("2.00");
    }

    @Test
    void aCancellationKeepsTheUidAndSaysCancelled() throws Exception {
        SessionRow row = session(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 13, 30));
        Calendar invite = parse(calendar.invite(row, 1, false, null));
        Calendar cancel = parse(calendar.invite(row, 2, true, null));
        assertThat(event(cancel).getProperty("UID").orElseThrow().getValue())
            .isEqualTo(event(invite).getProperty("UID").orElseThrow().getValue());
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event(cancel).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event(cancel).getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(event(invite).getProperty("UID").orElseThrow().getValue())
            .as("unique across installations: the installation's identifier is in it").isEqualTo("workshop-session-7." + INSTALLATION + "@centrecpd");
    }

    private Calendar parse(SessionRow row) throws Exception {
        return parse(calendar.invite(row, 0, false, "Bring your centre's change timeline"));
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static Instant instant(Temporal temporal) {
        return ZonedDateTime.from(temporal).toInstant();
    }

    static SessionRow session(LocalDateTime starts, LocalDateTime ends) {
        return new SessionRow(7, "managing-change", "Managing change", 1, "Ashbrook Children's Centre", starts, ends,
            "Ashbrook Children's Centre", "Community room", null, 12, 3, 0, null, null, null);
    }

    /** The register's CPD hours for a session, as attendance records them. */
    static final class BookingServiceHours {
        static java.math.BigDecimal of(SessionRow row) {
            return SessionRegister.hours(row);
        }
    }
}
