package org.centrecpd.workshops.domain;

import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.BookingStatus;

/** A line of the register: a booked (or waiting) person and what the facilitator marked. */
public record RegisterRow(long bookingId, long personId, String fullName, BookingStatus status, Attendance attendance, long queueNo) {
}
