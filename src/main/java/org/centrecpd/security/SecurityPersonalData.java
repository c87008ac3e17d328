package org.centrecpd.security;

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
 * Sign-ins and the one-time links sent to them. A leaver cannot sign in (see {@link SessionGuard}), so their
 * sign-in is anonymised after 6 months (kept as a row because others' records say who assigned or booked what);
 * an invitation or reset link never used is deleted 90 days after it was sent.
 */
@Component
class SecurityPersonalData implements PersonalData {

    static final DataKind ACCOUNTS = new DataKind("security-accounts", "Your sign-in",
        "To let you sign in, with the role that decides what you may see",
        LawfulBasis.PUBLIC_TASK, "You; admins", "Database: user_account (passwords only as a one-way hash)",
        RetentionClock.AFTER_LEAVING, 6, DataKind.Disposal.ANONYMISE, null);
    static final DataKind LINKS = new DataKind("security-invitations", "Invitations and password-reset links",
        "To invite you and let you set a password; only a hash of each link is stored",
        LawfulBasis.PUBLIC_TASK, "Nobody (the link is only in the e-mail)", "Database: account_link",
        RetentionClock.AFTER_RECORDED, 3, DataKind.Disposal.DELETE, null);

    private final JdbcClient jdbc;

    SecurityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(ACCOUNTS, LINKS);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        List<List<Object>> accounts = jdbc.sql("select username, role, display_name, enabled from user_account where person_id = :id order by id")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4) ? "yes" : "no"))
            .list();
        List<List<Object>> links = jdbc.sql("""
                select l.purpose, l.created_at, l.expires_at, l.used_at from account_link l join user_account u on u.id = l.account_id
                 where u.person_id = :id order by l.created_at""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getTimestamp(2).toInstant().toString(),
                rs.getTimestamp(3).toInstant().toString(), rs.getTimestamp(4) == null ? "" : rs.getTimestamp(4).toInstant().toString()))
            .list();
        return List.of(new Table("Sign-in", List.of("User name", "Role", "Display name", "Enabled"), accounts),
            new Table("Invitation and reset links", List.of("Purpose", "Sent", "Expires", "Used"), links));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (kind.key().equals(LINKS.key())) {
            return links(due, apply);
        }
        if (due.people().isEmpty()) {
            return 0;
        }
        String which = " from user_account where person_id in (:people) and username not like 'former-%@erased.invalid'";
        if (!apply) {
            return jdbc.sql("select count(*)" + which).param("people", due.people()).query(Long.class).single();
        }
        jdbc.sql("delete from account_link where account_id in (select id" + which + ")").param("people", due.people()).update();
        return jdbc.sql("update user_account set username = 'former-' || cast(id as varchar) || '@erased.invalid', "
                + "display_name = 'Former member of staff', password_hash = null, enabled = false, version = version + 1"
                + " where person_id in (:people) and username not like 'former-%@erased.invalid'")
            .param("people", due.people()).update();
    }

    private long links(Due due, boolean apply) {
        String which;
        JdbcClient.StatementSpec spec;
        if (due.byPeople()) {
            which = " from account_link where account_id in (select id from user_account where person_id in (:people))";
            if (due.people().isEmpty()) {
                return 0;
            }
            spec = jdbc.sql((apply ? "delete" : "select count(*)") + which).param("people", due.people());
        } else {
            which = " from account_link where used_at is null and created_at < :before and account_id not in "
                + "(select id from user_account where person_id in (:held))";
            spec = jdbc.sql((apply ? "delete" : "select count(*)") + which)
                .param("before", java.sql.Timestamp.valueOf(due.recordedBefore().atStartOfDay())).param("held", due.heldOrNone());
        }
        return apply ? spec.update() : spec.query(Long.class).single();
    }
}
