package org.centrecpd.workshops.service;

import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CourseAttendance;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.Booking;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.RegisterRow;
import org.centrecpd.workshops.domain.SessionRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's register, for its facilitators and organisers ({@link WorkshopPolicy#requireRunning}): who is booked,
 * and who came. Marking someone as attended completes the workshop course for them through {@link CourseAttendance},
 * the courses module's one completion path.
 */
@Service
@Transactional(readOnly = true)
public class SessionRegister {

    private final WorkshopPolicy policy;
    private final BookingRepository bookings;
    private final CourseAttendance attendance;
    private final Clock clock;

    SessionRegister(WorkshopPolicy policy, BookingRepository bookings, CourseAttendance attendance, Clock clock) {
        this.policy = policy;
        this.bookings = bookings;
        this.attendance = attendance;
        this.clock = clock;
    }

    /** The register: for the session's facilitators and organisers only. */
    @PermitAll
    public List<RegisterRow> rows(long sessionId) {
        policy.requireRunning(sessionId);
        return bookings.register(sessionId);
    }

    /**
     * Marks a booked person attended or absent. Attended completes the workshop course for them,
     * dated the session's day and counting the session's length as CPD hours; once recorded it is
     * final (the completion may already have a certificate). Marking opens on the session's day.
     */
    @Transactional
    @PermitAll
    public void mark(long bookingId, Attendance mark) {
        long sessionId = bookings.sessionOf(bookingId).orElseThrow(() -> new NotFoundException("Booking " + bookingId));
        SessionRow row = policy.requireRunning(sessionId);
        Booking booking = bookings.findById(bookingId).orElseThrow();
        if (booking.getStatus() != BookingStatus.BOOKED) {
            throw new RuleViolation("workshops.register.notBooked");
        }
        if (row.cancelled()) {
            throw new RuleViolation("workshops.book.cancelled");
        }
        if (LocalDate.now(clock).isBefore(row.startsAt().toLocalDate())) {
            throw new RuleViolation("workshops.register.tooEarly");
        }
        if (booking.getAttendance() == Attendance.ATTENDED) {
            if (mark == Attendance.ATTENDED) {
                return;
            }
            throw new RuleViolation("workshops.register.attendedFinal");
        }
        Long completion = null;
        if (mark == Attendance.ATTENDED) {
            completion = attendance.completedByAttending(booking.getPersonId(), row.courseSlug(), row.startsAt().toLocalDate(),
                hours(row)).orElse(null);
        }
        booking.mark(mark, completion);
    }

    /** A session's length in hours, to the quarter hour below, as UK clocks count it (a clock change included). */
    static BigDecimal hours(SessionRow row) {
        long minutes = Duration.between(row.startsAt().atZone(SessionCalendar.UK), row.endsAt().atZone(SessionCalendar.UK)).toMinutes();
        return BigDecimal.valueOf(minutes / 15 * 15).divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN);
    }
}
