package org.centrecpd.workshops.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.MyBooking;
import org.centrecpd.workshops.domain.SessionRow;
import org.springframework.stereotype.Service;

/** Workshops at a glance, for a home page: my next session, and the people waiting for a place at my centres' sessions. */
@Service
public class WorkshopGlance {

    /** How many sessions I have a place on, and the first of them. */
    public record MySessions(int booked, Optional<Session> next) {
    }

    public record Session(long sessionId, String courseTitle, LocalDateTime startsAt) {
    }

    /** People on the waitlists of sessions in my scope that have not ended, and on how many sessions. */
    public record Waiting(long people, long sessions) {
    }

    private final BookingService bookings;
    private final SessionService sessions;

    WorkshopGlance(BookingService bookings, SessionService sessions) {
        this.bookings = bookings;
        this.sessions = sessions;
    }

    /** One statement. */
    @PermitAll
    public MySessions mySessions() {
        List<MyBooking> booked = bookings.myBookings().stream()
            .filter(b -> b.status() == BookingStatus.BOOKED && b.sessionCancelledOn() == null).toList();
        return new MySessions(booked.size(), booked.stream().findFirst()
            .map(b -> new Session(b.sessionId(), b.courseTitle(), b.startsAt())));
    }

    /** The sessions I see (my centres' and those I run): two statements at most. */
    @PermitAll
    public Waiting waitingForAPlace() {
        List<SessionRow> waiting = sessions.upcoming().stream().filter(s -> !s.cancelled() && s.waiting() > 0).toList();
        return new Waiting(waiting.stream().mapToLong(SessionRow::waiting).sum(), waiting.size());
    }
}
