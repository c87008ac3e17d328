package org.centrecpd.workshops.service;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.centrecpd.base.calendar.CalendarEntry;
import org.centrecpd.base.calendar.CalendarWriter;
import org.centrecpd.base.calendar.Installation;
import org.centrecpd.workshops.domain.SessionRow;
import org.springframework.stereotype.Component;

/**
 * A session as a calendar event, written by the app's one {@link CalendarWriter}. The UID is the same for every
 * file of one session (and unique across installations, see {@link Installation}), and SEQUENCE follows the
 * session's changes, so a calendar updates (or, for a cancellation, removes) the event it already has instead of
 * adding another.
 */
@Component
public class SessionCalendar {

    /** The UK's time zone: every session time is a local time there. */
    public static final ZoneId UK = CalendarWriter.UK;
    public static final String CONTENT_TYPE = CalendarWriter.CONTENT_TYPE;

    private final CalendarWriter writer;
    private final Installation installation;

    SessionCalendar(CalendarWriter writer, Installation installation) {
        this.writer = writer;
        this.installation = installation;
    }

    /** An invite (or, with {@code cancelled}, a cancellation) of the session, as the bytes of an .ics file. */
    public byte[] invite(SessionRow session, long sequence, boolean cancelled, String description) {
        CalendarEntry.Status status = cancelled ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED;
        return writer.write(cancelled ? CalendarWriter.Purpose.CANCEL : CalendarWriter.Purpose.INVITE, null,
            List.of(entry(session, sequence, status, description)));
    }

    /** The session as an entry of a calendar: in an invite, or in a person's subscribed calendar. */
    CalendarEntry entry(SessionRow session, long sequence, CalendarEntry.Status status, String description) {
        return CalendarEntry.timed(uid(session.id()), session.courseTitle(), session.startsAt(), session.endsAt(), status, sequence,
            session.venue(), link(session.onlineLink()), description);
    }

    /** The UID of every file of this session. */
    public String uid(long sessionId) {
        return installation.uid("workshop-session", sessionId);
    }

    private static URI link(String onlineLink) {
        if (onlineLink != null && onlineLink.startsWith("https://")) {
            try {
                return URI.create(onlineLink);
            } catch (IllegalArgumentException e) {
                // A link the organiser typed badly stays in the location text.
            }
        }
        return null;
    }

    /** The file name people see, e.g. {@code managing-change-2027-03-28.ics}. */
    public static String fileName(SessionRow session) {
        return session.courseSlug() + "-" + session.startsAt().toLocalDate() + ".ics";
    }
}
