package org.centrecpd.notifications.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailKind;
import org.centrecpd.organisation.service.AccessScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app list behind the bell: one notice per message of a switchable kind sent to a person (also when they
 * switched that mail off: the notice is how they still learn of it), read or unread, kept {@value #KEPT_DAYS} days
 * and then deleted by a nightly job. Each person sees and marks only their own.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

    public static final int KEPT_DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final Clock clock;

    Notices(JdbcClient jdbc, AccessScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Lists a message for the person with this address (if a person has it). Its own transaction: the mail sender
     * calls this after the change's transaction has committed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(String email, Mail mail) {
        jdbc.sql("""
                insert into notice (person_id, kind, subject, link, created_at)
                select p.id, ?, ?, ?, ? from person p where lower(p.email) = ?""")
            .params(mail.kind().name(), abbreviate(mail.subject(), 400), mail.link() == null ? null : abbreviate(mail.link(), 1000),
                LocalDateTime.now(clock), email)
            .update();
    }

    @PermitAll
    public long myUnreadCount() {
        return scope.self().map(me -> jdbc.sql("select count(*) from notice where person_id = ? and read_at is null")
            .param(me).query(Long.class).single()).orElse(0L);
    }

    /** My notices, newest first. */
    @PermitAll
    public List<Notice> mine() {
        return scope.self().map(me -> jdbc.sql("""
                select id, kind, subject, link, created_at, read_at from notice where person_id = ?
                 order by created_at desc, id desc""")
            .param(me)
            .query((rs, i) -> new Notice(rs.getLong("id"), MailKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                rs.getString("link"), rs.getObject("created_at", LocalDateTime.class), rs.getObject("read_at") != null))
            .list()).orElse(List.of());
    }

    /** Marks one of my notices read (someone else's id changes nothing). */
    @Transactional
    @PermitAll
    public void markRead(long noticeId) {
        scope.self().ifPresent(me -> jdbc.sql("update notice set read_at = ? where id = ? and person_id = ? and read_at is null")
            .params(LocalDateTime.now(clock), noticeId, me).update());
    }

    @Transactional
    @PermitAll
    public void markAllRead() {
        scope.self().ifPresent(me -> jdbc.sql("update notice set read_at = ? where person_id = ? and read_at is null")
            .params(LocalDateTime.now(clock), me).update());
    }

    /** The nightly run, on one node (ShedLock locks only methods that return nothing). */
    @Scheduled(cron = "${centrecpd.notices.purge-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "notices-purge", lockAtLeastFor = "PT5M")
    @Transactional
    public void nightly() {
        purge();
    }

    /** Deletes notices older than {@value #KEPT_DAYS} days, read or not; how many. */
    @Transactional
    public int purge() {
        int deleted = jdbc.sql("delete from notice where created_at < ?").param(LocalDateTime.now(clock).minusDays(KEPT_DAYS)).update();
        log.info("Notices older than {} days deleted: {}", KEPT_DAYS, deleted);
        return deleted;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
