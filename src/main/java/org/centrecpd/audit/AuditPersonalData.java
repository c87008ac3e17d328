package org.centrecpd.audit;

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
 * The audit log names people by their sign-in e-mail (who acted, and often whom it was about): a person's copy
 * has every line where they acted or an address of theirs is the subject. Lines are kept two years (the
 * security record a council's information governance asks for), then deleted, except lines about someone under
 * a legal hold; an erasure request keeps them for the same reason.
 */
@Component
class AuditPersonalData implements PersonalData {

    static final DataKind EVENTS = new DataKind("audit-events", "Audit log",
        "A record of sign-ins, changes to people, roles and remits, and exports of personal data, to detect and investigate misuse",
        LawfulBasis.LEGITIMATE_INTERESTS, "Admins", "Database: audit_event",
        RetentionClock.AFTER_RECORDED, 24, DataKind.Disposal.DELETE,
        "The security record of who did what is kept for its period (2 years by default) even on request, to investigate misuse");

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(EVENTS);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        if (person.emails().isEmpty()) {
            return List.of(new Table("Audit log", List.of("When", "Who acted", "What", "About", "Detail"), List.of()));
        }
        List<List<Object>> rows = jdbc.sql("""
                select occurred_at, actor, action, subject, detail from audit_event
                 where actor in (:emails) or lower(subject) in (:emails) order by occurred_at, id""")
            .param("emails", person.emails())
            .query((rs, n) -> List.<Object>of(rs.getTimestamp(1).toInstant().toString(), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5) == null ? "" : rs.getString(5)))
            .list();
        return List.of(new Table("Audit log", List.of("When", "Who acted", "What", "About", "Detail"), rows));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (due.byPeople()) {
            return 0; // kept on erasure (see EVENTS), and not counted from leaving
        }
        String where = " where occurred_at < :before and actor not in (:held) and lower(subject) not in (:held)";
        var before = due.recordedBefore().atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant();
        var held = due.heldEmailsOrNone();
        if (!apply) {
            return jdbc.sql("select count(*) from audit_event" + where).param("before", java.sql.Timestamp.from(before))
                .param("held", held).query(Long.class).single();
        }
        return jdbc.sql("delete from audit_event" + where).param("before", java.sql.Timestamp.from(before)).param("held", held).update();
    }
}
