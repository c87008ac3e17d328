package org.centrecpd.organisation;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.PeriodFunctions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who have left: they had a job at a centre and have none on the day asked about (nor an improvement
 * partner's remit). For the system's retention job and the leaver's copy offer (no one is signed in there): the
 * day each left, and the local authority of their last centre, whose retention schedule applies to them.
 */
@Component
@Transactional(readOnly = true)
public class Leavers {

    /** A person: left on {@code leftOn} (the first day without a job; null while employed), last employed in {@code authorityId} (0: never employed). */
    public record Leaver(long personId, String fullName, String email, LocalDate leftOn, long authorityId) {
    }

    private final JdbcClient jdbc;

    Leavers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's record with the day they left (null while they work here), for the privacy module's own checks. */
    public java.util.Optional<Leaver> find(long personId) {
        return jdbc.sql("""
                select p.id, p.full_name, p.email,
                       case when exists (select 1 from employment e where e.person_id = p.id and e.end_date is null) then null
                            else (select max(e.end_date) from employment e where e.person_id = p.id) end,
                       (select c.local_authority_id from employment e join centre c on c.id = e.centre_id
                         where e.person_id = p.id order by e.start_date desc, e.id desc limit 1)
                  from person p where p.id = :id""")
            .param("id", personId)
            .query((rs, n) -> new Leaver(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getLong(5)))
            .optional();
    }

    /** Everyone who has left by {@code day}, with the day they left. */
    public List<Leaver> asAt(LocalDate day) {
        return jdbc.sql("""
                select p.id, p.full_name, p.email,
                       (select max(e.end_date) from employment e where e.person_id = p.id) as left_on,
                       (select c.local_authority_id from employment e join centre c on c.id = e.centre_id
                         where e.person_id = p.id order by e.end_date desc, e.id desc limit 1) as authority_id
                  from person p
                 where exists (select 1 from employment e where e.person_id = p.id)
                   and not exists (select 1 from employment e where e.person_id = p.id and %s)
                   and not exists (select 1 from oversight o where o.person_id = p.id and %s)
                 order by p.id""".formatted(PeriodFunctions.notEndedSql("e.end_date", ":day"),
                PeriodFunctions.notEndedSql("o.valid_to", ":day")))
            .param("day", day)
            .query((rs, n) -> new Leaver(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getLong(5)))
            .list();
    }
}
