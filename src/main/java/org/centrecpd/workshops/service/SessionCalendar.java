package org.centrecpd.workshops.service;

import org.centrecpd.workshops.domain.SessionRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A session as an iCalendar file (RFC 5545), made with ical4j. Times are written as UK local times
 * with {@code TZID=Europe/London} and the full VTIMEZONE definition in the file, so a calendar puts
 * a 10:00 session at 10:00 on the day the clocks change as on any other day. The UID is the same for
 * every file of one session, and SEQUENCE follows the session's changes, so a calendar updates (or, for
 * a cancellation, removes) the event it already has instead of adding another.
 */
@Component
public class SessionCalendar {

    /** The UK's time zone: every session time is a local time there. */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private final Clock clock;
    private final URI organiserAddress;

    /**
     * ical4j's definition of the UK zone, from its own zone data (shipped in its jar: nothing is fetched from
     * the network). Loaded on the first invite, not while the app starts: reading the zone data took 0.2-1.1 s
     * of the start-up's path to the first page.
     */
    private static final class UkZone {
        static final VTimeZone ZONE = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(UK.getId()).getVTimeZone();
    }

    SessionCalendar(Clock clock, @Value("${centrecpd.workshops.organiser:mailto:no-reply@centrecpd.example}") String organiser) {
        this.clock = clock;
        this.organiserAddress = URI.create(organiser);
    }

    /** An invite (or, with {@code cancelled}, a cancellation) of the session, as the bytes of an .ics file. */
    public byte[] invite(SessionRow session, long sequence, boolean cancelled, String description) {
        ZonedDateTime start = session.startsAt().atZone(UK);
        ZonedDateTime end = session.endsAt().atZone(UK);
        VEvent event = new VEvent(start, end, session.courseTitle());
        event.add(new Uid("workshop-session-" + session.id() + "@centrecpd"));
        event.replace(new DtStamp(Instant.now(clock)));
        // iTIP (RFC 5546) asks for an organiser on a published or cancelled event: the service's own address.
        Organizer organizer = new Organizer(organiserAddress);
        organizer.add(new Cn("Centre CPD"));
        event.add(organizer);
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, sequence)));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (session.venue() != null) {
            event.add(new Location(session.venue()));
        }
        if (session.onlineLink() != null && session.onlineLink().startsWith("https://")) {
            try {
                event.add(new Url(URI.create(session.onlineLink())));
            } catch (IllegalArgumentException e) {
                // A link the organiser typed badly stays in the location text.
            }
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        Method method = cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH;
        Calendar calendar = new Calendar()
            .withProdId("-//Centre CPD//Workshops//EN")
            .withProperty(ImmutableVersion.VERSION_2_0)
            .withProperty(ImmutableCalScale.GREGORIAN)
            .withProperty(method)
            .withComponent(UkZone.ZONE)
            .withComponent(event)
            .getFluentTarget();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The file name people see, e.g. {@code managing-change-2027-03-28.ics}. */
    public static String fileName(SessionRow session) {
        return session.courseSlug() + "-" + session.startsAt().toLocalDate() + ".ics";
    }

}
