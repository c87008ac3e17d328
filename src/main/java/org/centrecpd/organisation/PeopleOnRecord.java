package org.centrecpd.organisation;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.PeriodFunctions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as the privacy module needs them, whoever asks: a person's name and address on record, the day they left
 * (they had a job at a centre and have none on the day asked about, nor an improvement partner's remit) and the
 * local authority of their last centre, whose retention schedule applies to them. For the nightly retention job
 * (no one is signed in) and for privacy's own services, which decide who may ask (the person or an admin): it
 * checks nothing itself, so no view may reach it.
 */
@Component
@Transactional(readOnly = true)
public class PeopleOnRecord {

    /** A person: left on {@code leftOn} (the first day without a job; null while employed), last employed in {@code authorityId} (0: never employed). */
    public record OnRecord(long personId, String fullName, String email, LocalDate leftOn, long authorityId) {
    }

    private final JdbcClient jdbc;

    PeopleOnRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's record with the day they left (null while they work here), for the privacy module's own checks. */
    public java.util.Optional<OnRecord> find(long personId) {
        return jdbc.sql("""
                select p.id, p.full_name, p.email,
                       case when exists (select 1 from employment e where e.person_id = p.id and e.end_date is null) then null
                            else (select max(e.end_date) from employment e where e.person_id = p.id) end,
                       (select c.local_authority_id from employment e join centre c on c.id = e.centre_id
                         where e.person_id = p.id order by e.start_date desc, e.id desc limit 1)
                  from person p where p.id = :id""")
            .param("id", personId)
            .query((rs, n) -> new OnRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getLong(5)))
            .optional();
    }

    /** People whose name or e-mail contains {@code text} (an admin's picker), by name, at most {@code limit}. */
    public List<OnRecord> search(String text, int limit) {
        String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select id from person where lower(full_name) like :like or email like :like order by full_name, id limit :limit")
            .param("like", like).param("limit", limit)
            .query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** Everyone who has left by {@code day}, with the day they left. */
    public List<OnRecord> asAt(LocalDate day) {
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
            .query((rs, n) -> new OnRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getLong(5)))
            .list();
    }
}
