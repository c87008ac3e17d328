package org.centrecpd.base.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One event for a calendar: either timed (UK local start and end) or whole days ({@code firstDay} to
 * {@code lastDay}, inclusive). {@code uid} stays the same for the life of the thing it is about, and
 * {@code sequence} grows with each change, so a calendar updates the event it has (RFC 5545 §3.8.4.7, §3.8.7.4).
 */
public record CalendarEntry(String uid, String summary, LocalDateTime startsAt, LocalDateTime endsAt, LocalDate firstDay,
                            LocalDate lastDay, Status status, long sequence, String location, URI url, String description) {

    /** RFC 5545 §3.8.1.11, the values a VEVENT may have. */
    public enum Status { CONFIRMED, TENTATIVE, CANCELLED }

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        if ((startsAt == null) == (firstDay == null)) {
            throw new IllegalArgumentException("An entry is either timed or whole days");
        }
    }

    public static CalendarEntry timed(String uid, String summary, LocalDateTime startsAt, LocalDateTime endsAt, Status status,
                                      long sequence, String location, URI url, String description) {
        return new CalendarEntry(uid, summary, Objects.requireNonNull(startsAt), Objects.requireNonNull(endsAt), null, null, status,
            sequence, location, url, description);
    }

    public static CalendarEntry days(String uid, String summary, LocalDate firstDay, LocalDate lastDay, long sequence, URI url,
                                     String description) {
        return new CalendarEntry(uid, summary, null, null, Objects.requireNonNull(firstDay),
            lastDay == null || lastDay.isBefore(firstDay) ? firstDay : lastDay, Status.CONFIRMED, sequence, null, url, description);
    }

    public boolean allDay() {
        return firstDay != null;
    }
}
