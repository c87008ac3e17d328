package org.centrecpd.casestudies.service;

import java.util.Locale;
import java.util.Optional;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.base.mail.MailTexts;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.ReviewEntry;
import org.centrecpd.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;

/**
 * Tells the author of a case study by e-mail what a reviewer did with it (a comment, changes asked for,
 * approval, publication, withdrawal), so that a manager whose draft is waiting on them hears of it without
 * checking the page. Only the author is told: they may always see their own case study, and the comment is
 * theirs to read. Only what someone else did is told, and an author whose sign-in is switched off (a leaver)
 * is not. The message goes once the change has committed; a mail server that fails is logged and undoes nothing.
 */
@Component
class ReviewMail {

    private static final Logger log = LoggerFactory.getLogger(ReviewMail.class);

    private final MailSender sender;
    private final JdbcClient jdbc;
    private final String publicUrl;
    private final MailTexts texts = new MailTexts();

    ReviewMail(MailSender sender, JdbcClient jdbc, @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    private record Author(String email, String name) {
    }

    void tell(CaseStudy study, ReviewEntry.Action action, String comment, SignedInUser by) {
        if (action == ReviewEntry.Action.SUBMITTED || study.getAuthorAccountId() == by.accountId()) {
            return;
        }
        Optional<Author> author = jdbc.sql("""
                select coalesce(p.email, a.username) as email, coalesce(p.full_name, a.display_name) as name
                  from user_account a left join person p on p.id = a.person_id
                 where a.id = ? and a.enabled""")
            .param(study.getAuthorAccountId())
            .query((rs, row) -> new Author(rs.getString("email"), rs.getString("name")))
            .optional();
        if (author.isEmpty() || author.get().email() == null || !author.get().email().contains("@")) {
            return;
        }
        Mail mail = compose(author.get(), study, action, comment, by.displayName());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(mail);
                }
            });
        } else {
            send(mail);
        }
    }

    private Mail compose(Author to, CaseStudy study, ReviewEntry.Action action, String comment, String by) {
        String kind = action.name().toLowerCase(Locale.ROOT);
        String link = publicUrl + "/case-studies/" + study.getId();
        String subject = text("casestudies.mail." + kind + ".subject", study.getTitle());
        String hello = text("casestudies.mail.hello", to.name());
        String what = text("casestudies.mail." + kind + ".text", by, study.getTitle());
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        String action2 = text("casestudies.mail.open");
        String footer = text("casestudies.mail.footer");

        StringBuilder plain = new StringBuilder().append(hello).append("\n\n").append(what).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(hello)).append("</p><p>")
            .append(HtmlUtils.htmlEscape(what)).append("</p>");
        if (said != null) {
            plain.append(said.lines().map(l -> "> " + l).reduce((a, b) -> a + "\n" + b).orElse("")).append("\n\n");
            html.append("<blockquote>").append(HtmlUtils.htmlEscape(said).replace("\n", "<br>")).append("</blockquote>");
        }
        plain.append(action2).append(": ").append(link).append("\n\n").append(footer).append('\n');
        html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">").append(HtmlUtils.htmlEscape(action2))
            .append("</a></p><p>").append(HtmlUtils.htmlEscape(footer)).append("</p>");
        return new Mail(to.email(), subject, plain.toString(), html.toString());
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }

    private void send(Mail mail) {
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            log.warn("Could not send '{}' to {}: {}", mail.subject(), mail.to(), e.getMessage());
        }
    }
}
