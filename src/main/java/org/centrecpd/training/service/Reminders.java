package org.centrecpd.training.service;

import java.time.Clock;
import org.centrecpd.base.PeriodFunctions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailKind;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.base.Texts;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.TrainingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Reminder e-mails. Every morning, each person with training due within a few days or overdue gets
 * one digest (never two in a day: a {@code reminder_sent} row is written before the message goes,
 * and its key refuses a second); on the weekly day, each centre manager gets one digest of their
 * staff's overdue training. People who turned reminders off get nothing. With several app nodes
 * the job runs on one of them ({@code @SchedulerLock}); the rows make a second run harmless anyway.
 * <p>
 * A system job: no one is signed in, and each message goes only to the person it is about, or to
 * the manager of the centre where that person works today.
 */
@Component
public class Reminders {

    public static final String DAILY = "DAILY";
    public static final String WEEKLY = "MANAGER_WEEKLY";
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final Locale UK = Locale.UK;

    private static final String STATUS = TrainingStatus.sql("a.id", "a.completed_on", "a.expires_on", "a.renewal_opens_on", "a.due_on", ":day");

    /**
     * In force on {@code :day} and not completed then, and either due by {@code :horizon} (overdue included), or
     * expired, or (in a personal digest, whose horizon is ahead) a certification whose renewal window opens that
     * day: one reminder when it opens, then the usual ones in the days before its valid-until date. The period,
     * status and due-date rules from their owners, in plain SQL.
     */
    private static final String OPEN_AND_DUE_BY = " a.cancelled_on is null and "
        + PeriodFunctions.inForceSql("a.assigned_on", "a.cancelled_on", ":day")
        + " and " + STATUS + " <> 2"
        + " and (" + STATUS + " = 3 or (" + STATUS + " = 4 and a.renewal_opens_on = :day and :horizon >= :day) or "
        + TrainingStatus.effectiveDueSql("a.id", "a.completed_on", "a.expires_on", "a.renewal_opens_on", "a.due_on", ":day") + " <= :horizon) ";
    private static final String EMPLOYED_ON_DAY_E = PeriodFunctions.inForceSql("e.start_date", "e.end_date", ":day");

    private final JdbcClient jdbc;
    private final MailSender mail;
    private final Clock clock;
    private final int dueWithinDays;
    private final DayOfWeek weeklyOn;
    private final Texts texts = new Texts();
    private final AtomicInteger runs = new AtomicInteger();

    Reminders(JdbcClient jdbc, MailSender mail, Clock clock,
              @Value("${centrecpd.reminders.due-within-days:7}") int dueWithinDays,
              @Value("${centrecpd.reminders.weekly-on:MONDAY}") DayOfWeek weeklyOn) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.dueWithinDays = dueWithinDays;
        this.weeklyOn = weeklyOn;
    }

    /** The scheduled run: on one node at a time, every morning (UK time). */
    @Scheduled(cron = "${centrecpd.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "training-reminders", lockAtLeastFor = "${centrecpd.reminders.lock-at-least:PT5M}")
    public void run() {
        runs.incrementAndGet();
        LocalDate today = LocalDate.now(clock);
        int daily = sendDaily(today);
        int weekly = today.getDayOfWeek() == weeklyOn ? sendWeekly(today) : 0;
        log.info("Training reminders for {}: {} personal digests, {} manager digests", today, daily, weekly);
    }

    /** How many times {@link #run()} actually ran in this app (not skipped for another node's lock). */
    public int runs() {
        return runs.get();
    }

    /** One digest per person with training due within the configured days or overdue on {@code day}. */
    public int sendDaily(LocalDate day) {
        record Line(long personId, String name, String email, String course, LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn,
                    LocalDate renewalOpensOn) {
        }
        List<Line> lines = jdbc.sql("""
            select p.id, p.full_name, p.email, v.title, a.due_on, a.completed_on, a.expires_on, a.renewal_opens_on
              from assignment a join person p on p.id = a.person_id
              join course c on c.id = a.course_id join course_version v on v.id = c.current_version_id
             where """ + OPEN_AND_DUE_BY + """
               and exists (select 1 from employment e where e.person_id = p.id and """ + EMPLOYED_ON_DAY_E + """
               )
               and not exists (select 1 from reminder_opt_out o where o.person_id = p.id)
               and not exists (select 1 from reminder_sent s where s.person_id = p.id and s.kind = 'DAILY' and s.sent_on = :day)
             order by p.id, a.due_on, v.title""")
            .param("day", day).param("horizon", day.plusDays(dueWithinDays))
            .query((rs, i) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class))).list();
        Map<Long, List<Line>> byPerson = new LinkedHashMap<>();
        lines.forEach(l -> byPerson.computeIfAbsent(l.personId(), k -> new ArrayList<>()).add(l));
        int sent = 0;
        for (List<Line> mine : byPerson.values()) {
            Line first = mine.getFirst();
            if (!claim(first.personId(), DAILY, day)) {
                continue;
            }
            List<String> items = mine.stream().map(l -> {
                TrainingStatus status = TrainingStatus.of(l.dueOn(), l.completedOn(), l.expiresOn(), l.renewalOpensOn(), day);
                LocalDate due = TrainingStatus.effectiveDue(l.dueOn(), l.completedOn(), l.expiresOn(), l.renewalOpensOn(), day);
                return text("training.mail.item", l.course(), text(status.key() + ".on", Dates.day(due, UK)));
            }).toList();
            mail.send(digest(first.email(), text("training.mail.daily.subject", mine.size()), text("training.mail.hello", first.name()),
                text("training.mail.daily.intro"), items, text("training.mail.daily.footer")));
            sent++;
        }
        return sent;
    }

    /** One digest per centre manager of their staff's overdue training on {@code day}. */
    public int sendWeekly(LocalDate day) {
        record Line(long managerId, String manager, String email, String centre, String person, String course, LocalDate dueOn,
                    LocalDate completedOn, LocalDate expiresOn, LocalDate renewalOpensOn) {
        }
        List<Line> lines = jdbc.sql("""
            select m.id, m.full_name, m.email, ce.name, s.full_name, v.title, a.due_on, a.completed_on, a.expires_on, a.renewal_opens_on
              from user_account u join person m on m.id = u.person_id
              join employment me on me.person_id = m.id and """ + PeriodFunctions.inForceSql("me.start_date", "me.end_date", ":day") + """
              join centre ce on ce.id = me.centre_id
              join employment se on se.centre_id = me.centre_id and se.person_id <> m.id
                   and """ + PeriodFunctions.inForceSql("se.start_date", "se.end_date", ":day") + """
              join person s on s.id = se.person_id
              join assignment a on a.person_id = s.id
              join course c on c.id = a.course_id join course_version v on v.id = c.current_version_id
             where u.role = 'CENTRE_MANAGER' and u.enabled and """ + OPEN_AND_DUE_BY + """
               and not exists (select 1 from reminder_opt_out o where o.person_id = m.id)
               and not exists (select 1 from reminder_sent r where r.person_id = m.id and r.kind = 'MANAGER_WEEKLY' and r.sent_on = :day)
             order by m.id, ce.name, s.full_name, v.title""")
            .param("day", day).param("horizon", day.minusDays(1))
            .query((rs, i) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class))).list();
        Map<Long, List<Line>> byManager = new LinkedHashMap<>();
        lines.forEach(l -> byManager.computeIfAbsent(l.managerId(), k -> new ArrayList<>()).add(l));
        int sent = 0;
        for (List<Line> theirs : byManager.values()) {
            Line first = theirs.getFirst();
            if (!claim(first.managerId(), WEEKLY, day)) {
                continue;
            }
            List<String> items = theirs.stream().map(l -> {
                TrainingStatus status = TrainingStatus.of(l.dueOn(), l.completedOn(), l.expiresOn(), l.renewalOpensOn(), day);
                LocalDate due = TrainingStatus.effectiveDue(l.dueOn(), l.completedOn(), l.expiresOn(), l.renewalOpensOn(), day);
                return text("training.mail.weekly.item", l.person(), l.centre(), l.course(), text(status.key() + ".on", Dates.day(due, UK)));
            }).toList();
            mail.send(digest(first.email(), text("training.mail.weekly.subject", theirs.size()), text("training.mail.hello", first.manager()),
                text("training.mail.weekly.intro"), items, text("training.mail.weekly.footer")));
            sent++;
        }
        return sent;
    }

    /** Records the digest before it goes: false if one of this kind already went to this person on this day. */
    private boolean claim(long personId, String kind, LocalDate day) {
        try {
            jdbc.sql("insert into reminder_sent (person_id, kind, sent_on) values (?, ?, ?)").params(personId, kind, day).update();
            return true;
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
    }

    private Mail digest(String to, String subject, String hello, String intro, List<String> items, String footer) {
        StringBuilder text = new StringBuilder(hello).append("\n\n").append(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body><p>").append(HtmlUtils.htmlEscape(hello))
            .append("</p><p>").append(HtmlUtils.htmlEscape(intro)).append("</p><ul>");
        for (String item : items) {
            text.append("- ").append(item).append('\n');
            html.append("<li>").append(HtmlUtils.htmlEscape(item)).append("</li>");
        }
        text.append('\n').append(footer).append('\n');
        html.append("</ul><p>").append(HtmlUtils.htmlEscape(footer)).append("</p></body></html>");
        return new Mail(to, subject, text.toString(), html.toString()).about(MailKind.REMINDERS, null);
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
