package org.centrecpd.notifications.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.Texts;
import org.centrecpd.base.calendar.CalendarEntry;
import org.centrecpd.base.calendar.CalendarWriter;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.reviews.ReviewVisits;
import org.centrecpd.security.OneTimeTokens;
import org.centrecpd.training.service.TrainingCalendar;
import org.centrecpd.workshops.service.BookingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's calendar subscription. The feed's URL carries a long random token (256 bits); only its SHA-256 is
 * stored, so the URL is shown once, when issued. Issuing a new one revokes the old; a revoked or unknown token
 * finds nothing ("not found", as for a URL that never existed). The feed is the token owner's own items only:
 * bookings, due dates, renewal windows and review visits, from the modules that own them.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    /** How far back the feed reaches: recent past events stay visible (and a cancellation still reaches calendars). */
    static final int DAYS_BACK = 30;

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final Clock clock;
    private final CalendarWriter writer;
    private final BookingCalendar bookings;
    private final TrainingCalendar training;
    private final ReviewVisits visits;
    private final String publicUrl;
    private final Texts texts = new Texts();

    CalendarFeeds(JdbcClient jdbc, AccessScope scope, Clock clock, CalendarWriter writer, BookingCalendar bookings,
                  TrainingCalendar training, ReviewVisits visits, @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
        this.writer = writer;
        this.bookings = bookings;
        this.training = training;
        this.visits = visits;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** When my current calendar link was issued, if I have one. */
    @PermitAll
    public Optional<LocalDateTime> myFeedIssuedAt() {
        return scope.self().flatMap(me -> jdbc.sql("select created_at from calendar_feed where person_id = ? and revoked_at is null")
            .param(me).query(LocalDateTime.class).optional());
    }

    /** A new calendar link for me (any earlier one stops working): its https URL, shown this once. */
    @Transactional
    @PermitAll
    public String issueMine() {
        long me = scope.requireSelf("notifications.noPerson");
        revoke(me);
        String token = OneTimeTokens.newToken();
        jdbc.sql("insert into calendar_feed (person_id, token_hash, created_at) values (?, ?, ?)")
            .params(me, OneTimeTokens.hash(token), LocalDateTime.now(clock)).update();
        return publicUrl + "/calendar/" + token + ".ics";
    }

    /** Stops my calendar link working. */
    @Transactional
    @PermitAll
    public void revokeMine() {
        revoke(scope.requireSelf("notifications.noPerson"));
    }

    private void revoke(long person) {
        jdbc.sql("update calendar_feed set revoked_at = ? where person_id = ? and revoked_at is null")
            .params(LocalDateTime.now(clock), person).update();
    }

    /**
     * The calendar of the person whose link carries {@code token}: for anyone holding the link (a calendar
     * application does not sign in), and nothing else. A revoked or unknown token: {@link NotFoundException}.
     */
    public byte[] calendarOf(String token) {
        if (!OneTimeTokens.plausible(token)) {
            throw new NotFoundException("Calendar");
        }
        long person = jdbc.sql("select person_id from calendar_feed where token_hash = ? and revoked_at is null")
            .param(OneTimeTokens.hash(token)).query(Long.class).optional().orElseThrow(() -> new NotFoundException("Calendar"));
        LocalDate today = LocalDate.now(clock);
        List<CalendarEntry> entries = new ArrayList<>(bookings.entriesOf(person, today.minusDays(DAYS_BACK).atStartOfDay()));
        entries.addAll(training.entriesOf(person, today));
        entries.addAll(visits.entriesOf(person, today));
        return writer.write(CalendarWriter.Purpose.SUBSCRIPTION, texts.text("calendar.name"), entries);
    }
}
