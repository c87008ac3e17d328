package org.centrecpd.workshops.service;

import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.domain.Recipient;
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

    enum Kind { BOOKED, WAITLISTED, PROMOTED, CHANGED, CANCELLED, WITHDRAWN }

    private final MailSender sender;
    private final SessionCalendar calendar;
    private final String publicUrl;
    private final Texts texts = new Texts();

    WorkshopMail(MailSender sender, SessionCalendar calendar, @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.sender = sender;
        this.calendar = calendar;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Tells each recipient about the session, once the current transaction has committed. */
    void tell(Kind kind, SessionRow session, long sequence, List<Recipient> recipients) {
        List<Mail> mails = new ArrayList<>();
        for (Recipient to : recipients) {
            if (to.email() != null && !to.email().isBlank()) {
                mails.add(mail(kind, session, sequence, to));
            }
        }
        MailAfterCommit.send(sender, mails);
    }

    private Mail mail(Kind kind, SessionRow session, long sequence, Recipient to) {
        String key = "workshops.mail." + kind.name().toLowerCase(Locale.ROOT);
        String when = WHEN.format(session.startsAt()) + "–" + UNTIL.format(session.endsAt());
        String where = session.venue() == null ? "" : session.venue();
        String subject = text(key + ".subject", session.courseTitle(), when);
        String greeting = text("workshops.mail.greeting", to.fullName());
        String what = text(key + ".text", session.courseTitle(), when, where, session.cancelReason() == null ? "" : session.cancelReason());
        String footer = text("workshops.mail.footer");
        String link = publicUrl + "/workshops/" + session.id();
        String open = text("workshops.mail.open");
        String body = greeting + "\n\n" + what + "\n\n" + open + ": " + link + "\n\n" + footer;
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body><p>").append(HtmlUtils.htmlEscape(greeting))
            .append("</p>");
        what.lines().forEach(line -> html.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>"));
        html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">").append(HtmlUtils.htmlEscape(open))
            .append("</a></p><p>").append(HtmlUtils.htmlEscape(footer)).append("</p></body></html>");
        boolean withInvite = kind != Kind.WAITLISTED;
        boolean cancels = kind == Kind.CANCELLED || kind == Kind.WITHDRAWN;
        List<Mail.Attachment> files = withInvite
            ? List.of(new Mail.Attachment(SessionCalendar.fileName(session), SessionCalendar.CONTENT_TYPE
                + (cancels ? "; method=CANCEL" : "; method=PUBLISH"),
                calendar.invite(session, sequence, cancels, session.courseTitle() + " — " + where)))
            : List.of();
        return new Mail(to.email(), subject, body, html.toString(), files).about(MailKind.BOOKINGS, link);
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
