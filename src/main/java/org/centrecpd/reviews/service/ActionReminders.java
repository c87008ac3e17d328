package org.centrecpd.reviews.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailAfterCommit;
import org.centrecpd.base.mail.MailKind;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.domain.ActionRow;
import org.centrecpd.reviews.domain.ReviewActionRepository;
import org.centrecpd.base.PublicAddress;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Every morning, on one node: one e-mail to each owner of open actions on signed-off reviews that fall due within
 * a week or are overdue, listing them all; an action is in at most one digest a day. Nobody is signed in: each
 * mail goes only to the action's own owner.
 */
@Service
public class ActionReminders {

    private final ReviewActionRepository actions;
    private final MailSender mail;
    private final Clock clock;
    private final PublicAddress publicAddress;
    private final Texts texts = new Texts();

    ActionReminders(ReviewActionRepository actions, MailSender mail, Clock clock, PublicAddress publicAddress) {
        this.actions = actions;
        this.mail = mail;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    @Transactional
    @Scheduled(cron = "${centrecpd.reviews.reminders-cron:0 15 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "review-action-reminders", lockAtLeastFor = "PT1M")
    public void remindDaily() {
        remindOwners();
    }

    /** {@link #remindDaily}'s work: how many digests went. */
    @Transactional
    public int remindOwners() {
        LocalDate today = LocalDate.now(clock);
        List<ActionRow> due = actions.toRemind(today, today.plusDays(7), ReviewStatus.SIGNED_OFF);
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<ActionRow>> byOwner = new LinkedHashMap<>();
        due.forEach(a -> byOwner.computeIfAbsent(a.ownerPersonId(), k -> new ArrayList<>()).add(a));
        Map<Long, String> emails = new HashMap<>();
        actions.addresses(byOwner.keySet()).forEach(p -> emails.put(p.id(), p.name()));
        List<Mail> mails = new ArrayList<>();
        byOwner.forEach((owner, rows) -> {
            String to = emails.get(owner);
            if (to != null) {
                mails.add(digest(to, rows, today));
            }
        });
        actions.reminded(due.stream().map(ActionRow::actionId).toList(), today);
        MailAfterCommit.send(mail, mails);
        return mails.size();
    }

    private Mail digest(String to, List<ActionRow> rows, LocalDate today) {
        String home = publicAddress.url();
        String hello = texts.text("reviews.mail.hello", rows.getFirst().ownerName());
        StringBuilder text = new StringBuilder(hello).append("\n\n").append(texts.text("reviews.mail.intro")).append("\n");
        StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(hello))
            .append("</p><p>").append(HtmlUtils.htmlEscape(texts.text("reviews.mail.intro"))).append("</p><ul>");
        for (ActionRow a : rows) {
            String line = texts.text(a.isOverdueOn(today) ? "reviews.mail.overdue" : "reviews.mail.due", a.body(), a.centre(),
                Dates.longDay(a.dueOn(), Locale.UK));
            text.append("- ").append(line).append("\n");
            html.append("<li>").append(HtmlUtils.htmlEscape(line)).append("</li>");
        }
        text.append("\n").append(home).append("/\n");
        html.append("</ul><p><a href=\"").append(HtmlUtils.htmlEscape(home)).append("/\">")
            .append(HtmlUtils.htmlEscape(home)).append("</a></p>");
        return new Mail(to, texts.text("reviews.mail.subject", rows.size()), text.toString(), html.toString())
            .about(MailKind.REVIEWS, home + "/");
    }
}
