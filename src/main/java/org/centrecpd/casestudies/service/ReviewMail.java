package org.centrecpd.casestudies.service;

import org.centrecpd.base.PublicAddress;
import org.centrecpd.base.EmailAddress;
import java.util.Locale;
import java.util.Optional;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailAfterCommit;
import org.centrecpd.base.mail.MailKind;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.base.Texts;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.ReviewEntry;
import org.centrecpd.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Keeps the two sides of a review told by e-mail, so that nobody has to keep checking the page. The author
 * hears what a reviewer did (a comment, changes asked for, approval, publication, withdrawal); the partners
 * who oversee its centres hear when a case study is written for them to review, and when it has been changed
 * after they asked for changes. Each may see the case study (the author always; the overseers of its centres
 * while it is a draft). Nobody is told what they did themselves, nor once their sign-in is switched off (a
 * leaver). The messages go once the change has committed; a mail server that fails is logged and undoes nothing.
 */
@Component
class ReviewMail {

    private final MailSender sender;
    private final JdbcClient jdbc;
    private final PublicAddress publicAddress;
    private final Texts texts = new Texts();

    ReviewMail(MailSender sender, JdbcClient jdbc, PublicAddress publicAddress) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.publicAddress = publicAddress;
    }

    private record Author(String email, String name) {
    }

    /** The author, of what someone else did; {@code SUBMITTED} (a change by its author) goes to the reviewers instead. */
    void tell(CaseStudy study, ReviewEntry.Action action, String comment, SignedInUser by) {
        if (action == ReviewEntry.Action.SUBMITTED || study.getAuthorAccountId() == by.accountId()) {
            return;
        }
        reader(study.getAuthorAccountId())
            .ifPresent(author -> afterCommit(compose(author, study, action.name().toLowerCase(Locale.ROOT), comment, by.displayName())));
    }

    /**
     * The partners overseeing the case study's centres ({@code overseers}), but not {@code by}: a new case study to
     * review, or ({@code changed}) one changed after they asked for changes.
     */
    void askReview(CaseStudy study, boolean changed, java.util.List<Long> overseers, SignedInUser by) {
        for (long overseer : overseers) {
            if (overseer != by.accountId()) {
                reader(overseer).ifPresent(partner -> afterCommit(compose(partner, study, changed ? "changed" : "written", null,
                    by.displayName())));
            }
        }
    }

    /** The name and address of a sign-in that is switched on and has an e-mail address. */
    private Optional<Author> reader(long accountId) {
        return jdbc.sql("""
                select coalesce(p.email, a.username) as email, coalesce(p.full_name, a.display_name) as name
                  from user_account a left join person p on p.id = a.person_id
                 where a.id = ? and a.enabled""")
            .param(accountId)
            .query((rs, row) -> new Author(rs.getString("email"), rs.getString("name")))
            .optional()
            .filter(a -> EmailAddress.isValid(a.email()));
    }

    private void afterCommit(Mail mail) {
        MailAfterCommit.send(sender, java.util.List.of(mail));
    }

    private Mail compose(Author to, CaseStudy study, String kind, String comment, String by) {
        String link = publicAddress.url() + "/case-studies/" + study.getId();
        String subject = text("casestudies.mail." + kind + ".subject", study.getTitle());
        String hello = text("casestudies.mail.hello", to.name());
        String what = text("casestudies.mail." + kind + ".text", by, study.getTitle());
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        String open = text("casestudies.mail.open");
        String footer = text(kind.equals("written") || kind.equals("changed") ? "casestudies.mail.footer.reviewer"
            : "casestudies.mail.footer");

        StringBuilder plain = new StringBuilder().append(hello).append("\n\n").append(what).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(hello)).append("</p><p>")
            .append(HtmlUtils.htmlEscape(what)).append("</p>");
        if (said != null) {
            plain.append(said.lines().map(l -> "> " + l).reduce((a, b) -> a + "\n" + b).orElse("")).append("\n\n");
            html.append("<blockquote>").append(HtmlUtils.htmlEscape(said).replace("\n", "<br>")).append("</blockquote>");
        }
        plain.append(open).append(": ").append(link).append("\n\n").append(footer).append('\n');
        html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">").append(HtmlUtils.htmlEscape(open))
            .append("</a></p><p>").append(HtmlUtils.htmlEscape(footer)).append("</p>");
        return new Mail(to.email(), subject, plain.toString(), html.toString()).about(MailKind.CASE_STUDY_REVIEWS, link);
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }

}
