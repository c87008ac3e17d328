package org.centrecpd.notifications;

import java.util.List;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.DataSubject;
import org.centrecpd.base.privacy.Due;
import org.centrecpd.base.privacy.LawfulBasis;
import org.centrecpd.base.privacy.PersonalData;
import org.centrecpd.base.privacy.RetentionClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notices (kept 90 days whatever else: the purge job deletes them), mail choices, the digest's settings and calendar
 * links. Choices and links go when the person has left; an erasure request removes all of it at once.
 */
@Component
class NotificationsPersonalData implements PersonalData {

    static final DataKind NOTICES = new DataKind("notifications-notices", "Notices in the app",
        "To list the messages sent to you, read or unread, behind the bell", LawfulBasis.PUBLIC_TASK, "You",
        "Database: notice (deleted after 90 days)", RetentionClock.AFTER_RECORDED, 3, DataKind.Disposal.DELETE, null);

    static final DataKind CHOICES = new DataKind("notifications-choices", "Your mail choices and calendar link",
        "To send only the mail you chose, as often as you chose, and to serve your calendar subscription", LawfulBasis.PUBLIC_TASK,
        "You", "Database: notification_opt_out, digest_setting, calendar_feed (only a hash of the link)",
        RetentionClock.AFTER_LEAVING, 1, DataKind.Disposal.DELETE, null);

    private final JdbcClient jdbc;

    NotificationsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(NOTICES, CHOICES);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        long id = person.personId();
        List<List<Object>> notices = jdbc.sql("select created_at, kind, subject, coalesce(link, ''), case when read_at is null then 'no' else 'yes' end"
                + " from notice where person_id = ? order by created_at")
            .param(id).query((rs, n) -> List.<Object>of(rs.getTimestamp(1).toLocalDateTime().toString(), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5))).list();
        List<List<Object>> off = jdbc.sql("select kind, since from notification_opt_out where person_id = ? order by kind")
            .param(id).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toString())).list();
        List<List<Object>> digest = jdbc.sql("select frequency, coalesce(cast(last_sent_at as varchar(40)), '') from digest_setting where person_id = ?")
            .param(id).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2))).list();
        List<List<Object>> feeds = jdbc.sql("select created_at, coalesce(cast(revoked_at as varchar(40)), '') from calendar_feed where person_id = ? order by created_at")
            .param(id).query((rs, n) -> List.<Object>of(rs.getTimestamp(1).toLocalDateTime().toString(), rs.getString(2))).list();
        return List.of(new Table("Notices", List.of("When", "Kind", "Subject", "Link", "Read"), notices),
            new Table("Mail switched off", List.of("Kind", "Since"), off),
            new Table("Digest", List.of("Frequency", "Last sent"), digest),
            new Table("Calendar links", List.of("Issued", "Revoked"), feeds));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (kind.key().equals(NOTICES.key())) {
            if (!due.people().isEmpty()) {
                var spec = jdbc.sql((apply ? "delete" : "select count(*)") + " from notice where person_id in (:people)").param("people", due.people());
                return apply ? spec.update() : spec.query(Long.class).single();
            }
            if (due.recordedBefore() == null) {
                return 0;
            }
            // A person under a legal hold keeps theirs (-1: no person has that id, so "not in" has a list to read).
            var spec = jdbc.sql((apply ? "delete" : "select count(*)") + " from notice where created_at < :before and person_id not in (:held)")
                .param("before", due.recordedBefore().atStartOfDay())
                .param("held", due.held().isEmpty() ? List.of(-1L) : due.held());
            return apply ? spec.update() : spec.query(Long.class).single();
        }
        if (due.people().isEmpty()) {
            return 0;
        }
        long count = 0;
        for (String table : List.of("notification_opt_out", "digest_setting", "calendar_feed")) {
            var spec = jdbc.sql((apply ? "delete" : "select count(*)") + " from " + table + " where person_id in (:people)")
                .param("people", due.people());
            count += apply ? spec.update() : spec.query(Long.class).single();
        }
        return count;
    }
}
