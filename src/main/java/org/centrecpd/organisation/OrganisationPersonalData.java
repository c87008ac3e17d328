package org.centrecpd.organisation;

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
 * Who we hold someone as (name, e-mail, job) and where they worked and when. Kept while the training evidence
 * that hangs off them is kept (6 years after leaving by default); then the person is anonymised, not deleted:
 * their completions keep the course, the dates and (through the employment history) the centre, without a name.
 */
@Component
class OrganisationPersonalData implements PersonalData {

    static final DataKind PEOPLE = new DataKind("organisation-people", "Your record and employment history",
        "To know who works where, in which job, so that training, supervision and access follow the organisation",
        LawfulBasis.PUBLIC_TASK, "You; your line managers and the improvement partners overseeing your centre; admins",
        "Database: person, employment, oversight",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.ANONYMISE,
        "Your name is what makes the training evidence kept under the schedule mean anything; it is anonymised when that evidence's period ends");

    private final JdbcClient jdbc;

    OrganisationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(PEOPLE);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        List<List<Object>> me = jdbc.sql("select full_name, email, job_role from person where id = :id")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), JobRole.valueOf(rs.getString(3)).name()))
            .list();
        List<List<Object>> jobs = jdbc.sql("""
                select c.name, e.job_role, e.start_date, e.end_date from employment e join centre c on c.id = e.centre_id
                 where e.person_id = :id order by e.start_date, e.id""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                rs.getDate(4) == null ? "" : rs.getDate(4).toLocalDate()))
            .list();
        List<List<Object>> remits = jdbc.sql("""
                select coalesce(a.name, g.name), o.valid_from, o.valid_to from oversight o
                  left join local_authority a on a.id = o.local_authority_id left join centre_group g on g.id = o.centre_group_id
                 where o.person_id = :id order by o.valid_from, o.id""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getDate(2).toLocalDate(),
                rs.getDate(3) == null ? "" : rs.getDate(3).toLocalDate()))
            .list();
        return List.of(
            new Table("Your record", List.of("Name", "E-mail", "Job"), me),
            new Table("Where you worked", List.of("Centre", "Job", "From", "Until (first day after)"), jobs),
            new Table("Areas you oversaw", List.of("Authority or group", "From", "Until (first day after)"), remits));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (due.people().isEmpty()) {
            return 0;
        }
        // Anonymised once: a second run finds the same people already without a name and counts nobody.
        String which = " from person where id in (:people) and email not like 'former-%@erased.invalid'";
        if (!apply) {
            return jdbc.sql("select count(*)" + which).param("people", due.people()).query(Long.class).single();
        }
        return jdbc.sql("update person set full_name = 'Former member of staff ' || cast(id as varchar), "
                + "email = 'former-' || cast(id as varchar) || '@erased.invalid', version = version + 1 where id in (:people) "
                + "and email not like 'former-%@erased.invalid'")
            .param("people", due.people()).update();
    }
}
