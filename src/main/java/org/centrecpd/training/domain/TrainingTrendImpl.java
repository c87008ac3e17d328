package org.centrecpd.training.domain;

import static org.centrecpd.base.PeriodFunctions.inForceSql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.domain.DatedCentreTotals;

/**
 * {@link TrainingTrend} in SQL rather than the query language, which has no list of values to join against
 * (its generate_series emulation fails on H2 in this mode). The rules come from their owners: the period
 * from {@code PeriodFunctions}, the status from {@link TrainingStatus}, the scope from {@link CentreScope}. Of the
 * organisation it reads only tables it publishes read models on ({@code StaffPost}, {@code CentreName},
 * {@code AuthorityName}, {@code CentreCommission}, {@code ProviderName}, {@code GroupName}), and the columns the
 * roll-up reads through them (ModuleQueriesTest holds plain SQL to the tables). Run through the entity manager,
 * in the caller's transaction, so that statement counts see it like any other query.
 */
class TrainingTrendImpl implements TrainingTrend {

    private static final String STATUS = TrainingStatus.sql("a.id", "a.completed_on", "a.expires_on", "a.renewal_opens_on", "a.due_on", "dd.on_day");
    private static final String QUERY = """
        with days (on_day) as (values %s),
        per_person as (
            select dd.on_day as on_day, a.person_id as person_id, count(*) as assigned,
                   count(*) filter (where %s) as completed,
                   count(*) filter (where %s = 1) as overdue,
                   count(*) filter (where %s = 4) as renewal_due,
                   count(*) filter (where %s = 3) as expired
              from days dd join assignment a on %s
             where (:centreId = -1 or exists (select 1 from employment pe where pe.person_id = a.person_id
                                                                         and pe.centre_id = :centreId))
             group by dd.on_day, a.person_id)
        select d.on_day, la.id as la_id, la.name as la_name, pr.id as pr_id, pr.name as pr_name, g.id as g_id, g.name as g_name,
               c.id as c_id, c.name as c_name, count(distinct e.person_id) as staff,
               coalesce(sum(t.assigned), 0) as assigned, coalesce(sum(t.completed), 0) as completed,
               coalesce(sum(t.overdue), 0) as overdue, coalesce(sum(t.renewal_due), 0) as renewal_due,
               coalesce(sum(t.expired), 0) as expired
          from days d join employment e on %s
          join centre c on c.id = e.centre_id join local_authority la on la.id = c.local_authority_id
          left join centre_arrangement ca on ca.centre_id = c.id and %s
          left join provider pr on pr.id = ca.provider_id left join centre_group g on g.id = ca.centre_group_id
          left join per_person t on t.person_id = e.person_id and t.on_day = d.on_day
         where (:centreId = -1 or c.id = :centreId)
           and %s
         group by d.on_day, la.id, la.name, pr.id, pr.name, g.id, g.name, c.id, c.name
         order by d.on_day, la.name, pr.name, g.name, c.name, c.id""";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<DatedCentreTotals> trend(CentreScope scope, List<LocalDate> days, long centreId) {
        if (days.isEmpty()) {
            return List.of();
        }
        String values = IntStream.range(0, days.size()).mapToObj(i -> "(cast(:d" + i + " as date))").collect(Collectors.joining(", "));
        String sql = QUERY.formatted(values, TrainingStatus.validSql(STATUS), STATUS, STATUS, STATUS,
            inForceSql("a.assigned_on", "a.cancelled_on", "dd.on_day"),
            inForceSql("e.start_date", "e.end_date", "d.on_day"),
            inForceSql("ca.valid_from", "ca.valid_to", "d.on_day"),
            CentreScope.coversSql("c.id"));
        Map<String, Object> parameters = new HashMap<>(scope.sqlParameters());
        parameters.put("centreId", centreId);
        for (int i = 0; i < days.size(); i++) {
            parameters.put("d" + i, days.get(i));
        }
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new DatedCentreTotals(day(r[0]), id(r[1]), (String) r[2], id(r[3]), (String) r[4], id(r[5]),
            (String) r[6], id(r[7]), (String) r[8], id(r[9]), id(r[10]), id(r[11]), id(r[12]),
            id(r[13]), id(r[14]))).toList();
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
