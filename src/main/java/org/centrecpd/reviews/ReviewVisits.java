package org.centrecpd.reviews;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.Texts;
import org.centrecpd.base.calendar.CalendarEntry;
import org.centrecpd.base.calendar.Installation;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One person's termly review visits as whole-day calendar entries, for their own calendar subscription (the
 * notifications module): visits they make as the improvement partner, and visits to a centre they manage today, from a year back on.
 * An amended review is replaced by its newer revision (same UID: the centre and term), so the calendar keeps one
 * event per visit.
 * <p>
 * Not a scoped read: the caller has established that the person is the one asking (their secret feed token).
 */
@Component
public class ReviewVisits {

    private final JdbcClient jdbc;
    private final Installation installation;
    private final String publicUrl;
    private final Texts texts = new Texts();

    ReviewVisits(JdbcClient jdbc, Installation installation, @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.installation = installation;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public List<CalendarEntry> entriesOf(long personId, LocalDate day) {
        return jdbc.sql("""
                select r.id, r.centre_id, r.term_id, r.revision, r.version, r.visit_date, c.name
                  from review r join centre c on c.id = r.centre_id
                 where r.visit_date >= :from and r.status <> 'AMENDED'
                   and (r.partner_account_id in (select u.id from user_account u where u.person_id = :person)
                        or exists (select 1 from user_account u
                                    where u.person_id = :person and u.role = 'CENTRE_MANAGER'
                                      and""" + CentreScope.coversSql("r.centre_id", "u.id", ":day") + """
                                   ))
                 order by r.visit_date, r.id""")
            .param("person", personId).param("day", day).param("from", day.minusYears(1))
            .query((rs, i) -> {
                // One visit per centre and term, whatever the revision: the id joins the two (≤ 1 000 000 000 centres).
                long visit = rs.getLong("term_id") * 1_000_000_000L + rs.getLong("centre_id");
                LocalDate on = rs.getObject("visit_date", LocalDate.class);
                return CalendarEntry.days(installation.uid("review-visit", visit), texts.text("calendar.review.visit", rs.getString("name")),
                    on, on, rs.getLong("revision") * 1000 + rs.getLong("version"), URI.create(publicUrl + "/reviews/" + rs.getLong("id")), null);
            })
            .list();
    }
}
