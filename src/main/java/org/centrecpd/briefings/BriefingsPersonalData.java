package org.centrecpd.briefings;

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
 * Briefings sent to people (who received one, when they read it and marked it done) and the name of who wrote one.
 * Receipts are of no use 6 months after someone left; an author's name on a published briefing is anonymised after
 * 6 years (the briefing stays, the authority's record of what it told its centres).
 */
@Component
class BriefingsPersonalData implements PersonalData {

    static final String FORMER = "Former member of staff";

    static final DataKind RECEIPTS = new DataKind("briefings-receipts", "Briefings sent to you, read and done",
        "To show you the briefings for your centre and job, and your managers who has read them", LawfulBasis.PUBLIC_TASK,
        "You; your centre's managers; the briefing's author; admins", "Database: briefing_recipient",
        RetentionClock.AFTER_LEAVING, 6, DataKind.Disposal.DELETE, null);
    static final DataKind AUTHORSHIP = new DataKind("briefings-authorship", "Your name on briefings you wrote",
        "To say who issued a briefing", LawfulBasis.PUBLIC_TASK, "Everyone the briefing was sent to; admins",
        "Database: briefing.author_name", RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.ANONYMISE, null);

    private final JdbcClient jdbc;

    BriefingsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(RECEIPTS, AUTHORSHIP);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        List<List<Object>> received = jdbc.sql("""
                select b.reference, b.title, b.publication_date, r.read_at, r.done_at, coalesce(r.done_note, '')
                  from briefing_recipient r join briefing b on b.id = r.briefing_id where r.person_id = :id order by b.publication_date, b.id""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                rs.getTimestamp(4) == null ? "" : rs.getTimestamp(4).toLocalDateTime().toString(),
                rs.getTimestamp(5) == null ? "" : rs.getTimestamp(5).toLocalDateTime().toString(), rs.getString(6)))
            .list();
        List<List<Object>> written = jdbc.sql("""
                select b.reference, b.title, b.status, b.created_at from briefing b join user_account u on u.id = b.author_account_id
                 where u.person_id = :id order by b.created_at""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime().toString()))
            .list();
        return List.of(new Table("Briefings sent to you", List.of("Reference", "Title", "Published", "Read", "Done", "Note"), received),
            new Table("Briefings you wrote", List.of("Reference", "Title", "Status", "Started"), written));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (due.people().isEmpty()) {
            return 0;
        }
        if (kind.key().equals(AUTHORSHIP.key())) {
            String which = " from briefing where author_name <> '" + FORMER + "' and author_account_id in "
                + "(select id from user_account where person_id in (:people))";
            return apply
                ? jdbc.sql("update briefing set author_name = '" + FORMER + "' where id in (select id" + which + ")")
                    .param("people", due.people()).update()
                : jdbc.sql("select count(*)" + which).param("people", due.people()).query(Long.class).single();
        }
        var spec = jdbc.sql((apply ? "delete" : "select count(*)") + " from briefing_recipient where person_id in (:people)")
            .param("people", due.people());
        return apply ? spec.update() : spec.query(Long.class).single();
    }
}
