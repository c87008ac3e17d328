package org.centrecpd.notifications.ui;

import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.calendar.CalendarWriter;
import org.centrecpd.notifications.service.CalendarFeeds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's calendar subscription, {@code /calendar/<token>.ics}: a plain HTTP endpoint outside Vaadin, which
 * Outlook and Google Calendar fetch without signing in (the security configuration lets it through); the token is
 * the proof. A revoked or unknown token answers 404, as for an address that never existed. Not cached by proxies:
 * the calendar is personal.
 */
@RestController
class CalendarFeedController {

    private static final String SUFFIX = ".ics";

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{file}")
    ResponseEntity<byte[]> calendar(@PathVariable String file) {
        if (!file.endsWith(SUFFIX)) {
            throw new NotFoundException("Calendar");
        }
        byte[] ics = feeds.calendarOf(file.substring(0, file.length() - SUFFIX.length()));
        return ResponseEntity.ok()
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .header("X-Content-Type-Options", "nosniff")
            .header("X-Robots-Tag", "noindex")
            // Calendar applications read the body whatever this says; a browser that opens the link saves the file
            // rather than showing it, as every file the app serves.
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"centre-cpd.ics\"")
            .contentType(MediaType.parseMediaType(CalendarWriter.CONTENT_TYPE))
            .body(ics);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
    }
}
