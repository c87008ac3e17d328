package org.centrecpd.briefings.service;

import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.briefings.domain.Briefing;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.base.PublicAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The one wording of a briefing's e-mails (publication, revision, reminder), in text and HTML, with its link. */
@Component
class BriefingMails {

    private final PublicAddress publicAddress;
    private final Texts texts = new Texts();

    BriefingMails(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    Mail mail(Rows.Addressee to, String subjectKey, String textKey, Briefing b) {
        String link = publicAddress.url() + "/briefings/" + b.getId();
        String subject = texts.text(subjectKey, b.getReference(), b.getTitle());
        String due = b.getActionDue() == null ? "" : texts.text("briefings.mail.due", org.centrecpd.base.ui.Dates.longDay(b.getActionDue(), java.util.Locale.UK));
        String text = texts.text("briefings.mail.hello", to.name()) + "\n\n" + texts.text(textKey, b.getReference(), b.getTitle(), b.getContactName())
            + (due.isEmpty() ? "" : "\n" + due) + "\n\n" + link + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(texts.text("briefings.mail.hello", to.name())) + "</p><p>"
            + HtmlUtils.htmlEscape(texts.text(textKey, b.getReference(), b.getTitle(), b.getContactName())) + "</p>"
            + (due.isEmpty() ? "" : "<p>" + HtmlUtils.htmlEscape(due) + "</p>")
            + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(link) + "</a></p>";
        return new Mail(to.email(), subject, text, html);
    }
}
