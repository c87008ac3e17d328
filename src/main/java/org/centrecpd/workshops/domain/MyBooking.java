package org.centrecpd.workshops.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.BookingStatus;

/**
 * One of my bookings.
 *
 * @param queuePosition my place in the queue when waitlisted (1 = next to get a place)
 */
public record MyBooking(long bookingId, long sessionId, String courseSlug, String courseTitle, LocalDateTime startsAt,
                        LocalDateTime endsAt, BookingStatus status, long queuePosition, LocalDate sessionCancelledOn,
                        Attendance attendance) {
}
