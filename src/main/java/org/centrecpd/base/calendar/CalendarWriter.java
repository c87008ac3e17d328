package org.centrecpd.base.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The app's one iCalendar writer (RFC 5545, made with ical4j): a session's invite by mail and a person's calendar
 * subscription are both written here. Times are UK local times with {@code TZID=Europe/London} and the full
 * VTIMEZONE in the file, so a 10:00 session stays at 10:00 on the day the clocks change; whole-day entries (a due
 * date, a renewal window) are DATE values, which belong to no zone. ical4j folds lines at 75 octets and ends them
 * with CRLF.
 */
@Component
public class CalendarWriter {

    /** The UK's time zone: every session time is a local time there. */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    /** How a file is meant: an invite or cancellation by mail (iTIP, RFC 5546), or a subscribed calendar (no METHOD). */
    public enum Purpose { INVITE, CANCEL, SUBSCRIPTION }

    private final Clock clock;
    private final URI organiserAddress;

    /**
     * ical4j's definition of the UK zone, from its own zone data (shipped in its jar: nothing is fetched from
     * the network). Loaded on the first file, not while the app starts: reading the zone data took 0.2-1.1 s
     * of the start-up's path to the first page.
     */
    private static final class UkZone {
        static final VTimeZone ZONE = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(UK.getId()).getVTimeZone();
    }

    public CalendarWriter(Clock clock, @Value("${centrecpd.workshops.organiser:mailto:no-reply@centrecpd.example}") String organiser) {
        this.clock = clock;
        this.organiserAddress = URI.create(organiser);
    }

    /** The calendar of these entries, as the bytes of an .ics file; {@code name} is shown by calendars that subscribe. */
    public byte[] write(Purpose purpose, String name, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar()
            .withProdId("-//Centre CPD//Calendar//EN")
            .withProperty(ImmutableVersion.VERSION_2_0)
            .withProperty(ImmutableCalScale.GREGORIAN)
            .getFluentTarget();
        if (purpose != Purpose.SUBSCRIPTION) {
            calendar.add(purpose == Purpose.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
        }
        if (name != null) {
            // Outlook and Google show this name for a subscribed calendar (RFC 7986's NAME is not read by them yet).
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        if (entries.stream().anyMatch(e -> !e.allDay())) {
            calendar.add(UkZone.ZONE);
        }
        Instant stamp = Instant.now(clock);
        entries.forEach(entry -> calendar.add(event(entry, stamp)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private VEvent event(CalendarEntry entry, Instant stamp) {
        VEvent event = entry.allDay()
            // DTEND of a DATE event is the day after the last (RFC 5545 §3.6.1: the end is not included).
            ? new VEvent(entry.firstDay(), entry.lastDay().plusDays(1), entry.summary())
            : new VEvent(entry.startsAt().atZone(UK), entry.endsAt().atZone(UK), entry.summary());
        event.add(new Uid(entry.uid()));
        event.replace(new DtStamp(stamp));
        // iTIP (RFC 5546) asks for an organiser on a published or cancelled event: the service's own address.
        Organizer organizer = new Organizer(organiserAddress);
        organizer.add(new Cn("Centre CPD"));
        event.add(organizer);
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, entry.sequence())));
        event.add(switch (entry.status()) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.url() != null) {
            event.add(new Url(entry.url()));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        return event;
    }
}
