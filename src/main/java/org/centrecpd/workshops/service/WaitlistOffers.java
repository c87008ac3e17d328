package org.centrecpd.workshops.service;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places offered from a waitlist and not confirmed in time: every quarter of an hour (on one node) each lapsed offer
 * ends, the person is told, and the place is offered to the next person waiting (or given, as the session says).
 * One transaction per session, under the session's lock, as every other change of its places.
 * <p>
 * A system job: it reads no one's data for anyone; each message goes only to the person it is about.
 */
@Component
public class WaitlistOffers {

    private static final Logger log = LoggerFactory.getLogger(WaitlistOffers.class);

    private final BookingRepository bookings;
    private final SessionRepository sessions;
    private final Places places;
    private final WorkshopMail mail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WaitlistOffers(BookingRepository bookings, SessionRepository sessions, Places places, WorkshopMail mail,
                   TransactionTemplate transactions, Clock clock) {
        this.bookings = bookings;
        this.sessions = sessions;
        this.places = places;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${centrecpd.workshops.offers-cron:0 */15 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "waitlist-offers", lockAtLeastFor = "PT1M")
    public void scheduled() {
        lapse();
    }

    /** Ends the offers unanswered by now and passes their places on; how many offers lapsed. */
    public int lapse() {
        int lapsed = 0;
        for (long sessionId : bookings.sessionsWithLapsedOffers(LocalDateTime.now(clock))) {
            Integer ended = transactions.execute(status -> {
                Places.Lapsed result = places.lapse(sessionId);
                WorkshopSession session = sessions.findById(sessionId).orElseThrow();
                SessionRow row = sessions.rowOf(sessionId).orElseThrow();
                mail.tell(WorkshopMail.Kind.OFFER_LAPSED, row, session.getVersion(), bookings.recipients(result.lapsed()));
                if (!result.promoted().isEmpty()) {
                    mail.promoted(session, row, bookings.recipients(result.promoted()));
                }
                return result.lapsed().size();
            });
            lapsed += ended == null ? 0 : ended;
        }
        if (lapsed > 0) {
            log.info("Waitlist offers lapsed: {}", lapsed);
        }
        return lapsed;
    }
}
