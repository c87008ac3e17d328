package org.centrecpd.reviews;

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
 * A termly review is the centre's record, not a person's: it names the partner who wrote it and the people who own
 * its actions. A person's copy lists the reviews they wrote and the actions they own; their name on them is
 * anonymised 6 years after they left (the review, its judgements and actions stay, as the centre's history).
 */
@Component
class ReviewsPersonalData implements PersonalData {

    static final String FORMER = "Former member of staff";

    static final DataKind NAMES = new DataKind("reviews-names", "Your name on termly reviews and their actions",
        "To record which partner reviewed a centre and who owns each agreed action", LawfulBasis.PUBLIC_TASK,
        "The centre's managers; the partners overseeing it; admins",
        "Database: review.partner_name, review_action.owner_name, review_action.done_by_name",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.ANONYMISE,
        "A centre's termly review is its record of quality; your name on it is anonymised 6 years after you left");

    private final JdbcClient jdbc;

    ReviewsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(NAMES);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        List<List<Object>> written = jdbc.sql("""
                select c.name, t.school_year, t.season, r.status, r.visit_date, r.created_at
                  from review r join review_term t on t.id = r.term_id join centre c on c.id = r.centre_id
                  join user_account u on u.id = r.partner_account_id where u.person_id = :id order by r.created_at""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getDate(5) == null ? "" : rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toLocalDateTime().toString()))
            .list();
        List<List<Object>> actions = jdbc.sql("""
                select a.body, a.due_on, coalesce(a.response, ''), a.done_on from review_action a where a.owner_person_id = :id
                 order by a.due_on, a.id""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                rs.getDate(4) == null ? "" : rs.getDate(4).toLocalDate()))
            .list();
        return List.of(new Table("Termly reviews you wrote", List.of("Centre", "School year", "Term", "Status", "Visit", "Started"), written),
            new Table("Review actions you own", List.of("Action", "Due", "Response", "Done"), actions));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (due.people().isEmpty()) {
            return 0;
        }
        String reviews = " from review where partner_name <> '" + FORMER + "' and partner_account_id in "
            + "(select id from user_account where person_id in (:people))";
        String actions = " from review_action where owner_name <> '" + FORMER + "' and owner_person_id in (:people)";
        if (!apply) {
            return jdbc.sql("select count(*)" + reviews).param("people", due.people()).query(Long.class).single()
                + jdbc.sql("select count(*)" + actions).param("people", due.people()).query(Long.class).single();
        }
        return jdbc.sql("update review set partner_name = '" + FORMER + "' where id in (select id" + reviews + ")")
                .param("people", due.people()).update()
            + jdbc.sql("update review_action set owner_name = '" + FORMER + "', done_by_name = case when done_by_name is null then null "
                + "else '" + FORMER + "' end where id in (select id" + actions + ")").param("people", due.people()).update();
    }
}
