package org.centrecpd.workshops.service;

import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.domain.Recipient;
import org.centrecpd.workshops.domain.WorkshopSession;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailAfterCommit;
import org.centrecpd.base.mail.MailKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.util.HtmlUtils;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.base.Texts;
import org.springframework.stereotype.Component;

/**
 * The messages about bookings and sessions, each with the session's .ics attached. They are sent
 * after the transaction commits (a booking that rolled back tells nobody anything), and a mail
 * server that fails is logged, never undoes a booking.
 */
@Component
class WorkshopMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    enum Kind { BOOKED, WAITLISTED, PROMOTED, CHANGED, CANCELLED, WITHDRAWN, PENDING, APPROVAL_ASKED, DECLINED, APPROVED_BY_ME, DECLINED_BY_ME, OFFERED, OFFER_LAPSED,
        RESERVATION_RELEASED, INTEREST_SCHEDULED }

    private final MailSender sender;
    private final SessionCalendar calendar;
    private final String publicUrl;
    private final Texts texts = new Texts();
    private final java.time.Clock clock;

    WorkshopMail(MailSender sender, SessionCalendar calendar, java.time.Clock clock,
                 @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.clock = clock;
        this.sender = sender;
        this.calendar = calendar;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Tells each recipient about the session, once the current transaction has committed. */
    void tell(Kind kind, SessionRow session, long sequence, List<Recipient> recipients) {
        tell(kind, session, sequence, recipients, null);
    }

    /**
     * The people moved up from the waitlist: given a place, or (where the session holds places for people to confirm)
     * offered one until the session's offer hours have passed.
     */
    void promoted(WorkshopSession session, SessionRow row, List<Recipient> recipients) {
        if (session.getOfferHours() == null) {
            tell(Kind.PROMOTED, row, session.getVersion(), recipients);
        } else {
            tell(Kind.OFFERED, row, session.getVersion(), recipients,
                WHEN.format(java.time.LocalDateTime.now(clock).plusHours(session.getOfferHours())));
        }
    }

    /** Tells the manager who reserved places that {@code unused} of them went back to the session, unused. */
    void released(SessionRow session, long sequence, List<Recipient> manager, int unused, String centre) {
        tell(Kind.RESERVATION_RELEASED, session, sequence, manager, text("workshops.mail.reservationreleased.count", unused, centre));
    }

    /** As above; {@code note} (a reason, or whose booking it is) is the message's fourth argument instead of the cancel reason. */
    void tell(Kind kind, SessionRow session, long sequence, List<Recipient> recipients, String note) {
        List<Mail> mails = new ArrayList<>();
        for (Recipient to : recipients) {
            if (to.email() != null && !to.email().isBlank()) {
                mails.add(mail(kind, session, sequence, to, note));
            }
        }
        MailAfterCommit.send(sender, mails);
    }

    private Mail mail(Kind kind, SessionRow session, long sequence, Recipient to, String note) {
        String key = keyOf(kind);
        String when = WHEN.format(session.startsAt()) + "–" + UNTIL.format(session.endsAt());
        String where = session.venue() == null ? "" : session.venue();
        String subject = text(key + ".subject", session.courseTitle(), when);
        String greeting = text("workshops.mail.greeting", to.fullName());
        String fourth = note != null ? note : session.cancelReason() == null ? "" : session.cancelReason();
        String what = text(key + ".text", session.courseTitle(), when, where, fourth);
        String footer = text("workshops.mail.footer");
        String link = publicUrl + "/workshops/" + session.id();
        String open = text("workshops.mail.open");
        String body = greeting + "\n\n" + what + "\n\n" + open + ": " + link + "\n\n" + footer;
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body><p>").append(HtmlUtils.htmlEscape(greeting))
            .append("</p>");
        what.lines().forEach(line -> html.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>"));
        html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">").append(HtmlUtils.htmlEscape(open))
            .append("</a></p><p>").append(HtmlUtils.htmlEscape(footer)).append("</p></body></html>");
        boolean withInvite = java.util.Set.of(Kind.BOOKED, Kind.PROMOTED, Kind.CHANGED, Kind.CANCELLED, Kind.WITHDRAWN).contains(kind);
        boolean cancels = kind == Kind.CANCELLED || kind == Kind.WITHDRAWN;
        List<Mail.Attachment> files = withInvite
            ? List.of(new Mail.Attachment(SessionCalendar.fileName(session), SessionCalendar.CONTENT_TYPE
                + (cancels ? "; method=CANCEL" : "; method=PUBLISH"),
                calendar.invite(session, sequence, cancels, session.courseTitle() + " — " + where)))
            : List.of();
        return new Mail(to.email(), subject, body, html.toString(), files).about(MailKind.BOOKINGS, link);
    }

    private static String keyOf(Kind kind) {
        return "workshops.mail." + kind.name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
