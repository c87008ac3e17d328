package org.centrecpd.security;

import org.centrecpd.base.PublicAddress;
import org.centrecpd.base.AfterCommit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mails that carry one-time links, through the product's one {@link MailSender}, as plain text
 * and HTML. They go after the transaction that stored the link commits (a rolled-back invitation sends
 * nothing) and on a background thread: inviting a whole centre does not wait on the mail server, and a
 * reset request answers in the same time whether or not a message goes.
 */
@Component
class LinkMails {

    private static final Logger log = LoggerFactory.getLogger(LinkMails.class);
    private static final Locale UK = Locale.UK;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", UK)
        .withZone(ZoneId.of("Europe/London"));

    private final MailSender mail;
    private final TaskExecutor executor;
    private final PublicAddress publicAddress;
    private final Texts texts = new Texts();

    LinkMails(MailSender mail, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
              PublicAddress publicAddress) {
        this.mail = mail;
        this.executor = executor;
        this.publicAddress = publicAddress;
    }

    /** The address of the set-password page for this token. */
    String linkFor(String token) {
        return publicAddress.url() + "/" + SetPasswordView.ROUTE + "/" + token;
    }

    void invitation(UserAccount account, String token, Instant expires, String invitedBy) {
        String link = linkFor(token);
        Mail message = compose(account.getUsername(), text("invite.mail.subject"), text("invite.mail.hello", account.getDisplayName()),
            text("invite.mail.intro", invitedBy), text("invite.mail.action"), link,
            text("invite.mail.expires", WHEN.format(expires)), text("invite.mail.footer"));
        sendAfterCommit(message);
    }

    /**
     * The invitation where people sign in only with their organisation account: no password to choose,
     * so no token; the link is the sign-in page.
     */
    void singleSignOnInvitation(UserAccount account, String invitedBy) {
        Mail message = compose(account.getUsername(), text("invite.mail.subject"), text("invite.mail.hello", account.getDisplayName()),
            text("invite.mail.intro", invitedBy), text("invite.mail.sso.action"), publicAddress.url() + "/login",
            text("invite.mail.sso.how"), text("invite.mail.footer"));
        sendAfterCommit(message);
    }

    void reset(UserAccount account, String token, Instant expires) {
        String link = linkFor(token);
        Mail message = compose(account.getUsername(), text("reset.mail.subject"), text("invite.mail.hello", account.getDisplayName()),
            text("reset.mail.intro"), text("reset.mail.action"), link,
            text("reset.mail.expires", WHEN.format(expires)), text("reset.mail.footer"));
        sendAfterCommit(message);
    }

    private Mail compose(String to, String subject, String hello, String intro, String action, String link, String expires, String footer) {
        String text = hello + "\n\n" + intro + "\n\n" + action + "\n" + link + "\n\n" + expires + "\n\n" + footer + "\n";
        String html = "<!DOCTYPE html><html lang=\"en-GB\"><body><p>" + HtmlUtils.htmlEscape(hello) + "</p><p>" + HtmlUtils.htmlEscape(intro)
            + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(action) + "</a></p><p>"
            + HtmlUtils.htmlEscape(expires) + "</p><p>" + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
        return new Mail(to, subject, text, html);
    }

    private void sendAfterCommit(Mail message) {
        AfterCommit.submit(executor, () -> {
            try {
                mail.send(message);
            } catch (RuntimeException e) {
                // The link stays valid: the person (or whoever invited them) can ask again from the app.
                log.warn("Could not send '{}' to {}: {}", message.subject(), message.to(), e.toString());
            }
        });
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
