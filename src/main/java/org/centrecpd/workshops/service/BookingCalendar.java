package org.centrecpd.workshops.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centrecpd.base.calendar.CalendarEntry;
import org.centrecpd.workshops.domain.Booking;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.SessionRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's workshops as calendar entries, for their own calendar subscription (the notifications module):
 * sessions they are booked on (confirmed), waiting for (tentative) or facilitate, and — so that a subscribed
 * calendar removes them — bookings they gave up and sessions that were cancelled, as STATUS:CANCELLED. Same UID
 * as the session's mailed invite; SEQUENCE grows with every change of the session or of the booking.
 * <p>
 * Not a scoped read: the caller has already established that the person is the one asking (their secret feed
 * token), and only that person's rows are read.
 */
@Component
public class BookingCalendar {

    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final SessionCalendar calendar;

    BookingCalendar(SessionRepository sessions, BookingRepository bookings, SessionCalendar calendar) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.calendar = calendar;
    }

    /** The person's sessions that end after {@code from}, soonest first. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesOf(long personId, LocalDateTime from) {
        List<SessionRow> rows = sessions.inCalendarOf(personId, from);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(SessionRow::id).toList();
        Map<Long, Long> versions = new HashMap<>();
        sessions.versions(ids).forEach(v -> versions.put(((Number) v[0]).longValue(), ((Number) v[1]).longValue()));
        Map<Long, Booking> mine = bookings.findByPersonIdAndSessionIdIn(personId, ids).stream()
            .collect(Collectors.toMap(Booking::getSessionId, Function.identity()));
        List<CalendarEntry> entries = new ArrayList<>();
        for (SessionRow row : rows) {
            Booking booking = mine.get(row.id());
            long sequence = versions.getOrDefault(row.id(), 0L) + (booking == null ? 0 : booking.getVersion());
            CalendarEntry.Status status;
            if (row.cancelled() || booking != null && booking.getStatus().ended()) {
                status = CalendarEntry.Status.CANCELLED;
            } else if (booking != null && (booking.getStatus() == BookingStatus.WAITLISTED || booking.getStatus() == BookingStatus.PENDING
                || booking.getStatus() == BookingStatus.OFFERED)) {
                status = CalendarEntry.Status.TENTATIVE;
            } else {
                status = CalendarEntry.Status.CONFIRMED;
            }
            entries.add(calendar.entry(row, sequence, status, row.courseTitle() + (row.venue() == null ? "" : " — " + row.venue())));
        }
        return entries;
    }
}
