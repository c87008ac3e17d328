package org.centrecpd.briefings.domain;

import static org.centrecpd.base.PeriodFunctions.inForceSql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * The audience in SQL: the people working on the day at a centre the audience names (its authority, its
 * provider or group on that day, or the centre itself; no place named: the briefing's own authority), in a job
 * it names (none named: any job). Of the organisation it reads only tables it publishes read models on
 * ({@code StaffPost}: employment, {@code CentreName}: centre, {@code CentreCommission}: centre_arrangement); the
 * period rule comes from {@code PeriodFunctions}. Run through the entity manager, in the caller's transaction.
 */
class AudienceResolutionImpl implements AudienceResolution {

    private static final String AUDIENCE = """
        from employment e join centre c on c.id = e.centre_id
        left join centre_arrangement ca on ca.centre_id = c.id and %s
        where %s
          and (c.id in (select a.target_id from briefing_audience a where a.briefing_id = :id and a.kind = 'CENTRE')
               or c.local_authority_id in (select a.target_id from briefing_audience a where a.briefing_id = :id and a.kind = 'AUTHORITY')
               or ca.provider_id in (select a.target_id from briefing_audience a where a.briefing_id = :id and a.kind = 'PROVIDER')
               or ca.centre_group_id in (select a.target_id from briefing_audience a where a.briefing_id = :id and a.kind = 'GROUP')
               or (not exists (select 1 from briefing_audience a where a.briefing_id = :id and a.kind <> 'ROLE')
                   and c.local_authority_id = (select b.local_authority_id from briefing b where b.id = :id)))
          and (not exists (select 1 from briefing_audience a where a.briefing_id = :id and a.kind = 'ROLE')
               or e.job_role in (select a.job_role from briefing_audience a where a.briefing_id = :id and a.kind = 'ROLE'))
        """.formatted(inForceSql("ca.valid_from", "ca.valid_to", ":day"), inForceSql("e.start_date", "e.end_date", ":day"));

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public int resolve(long briefingId, LocalDate day) {
        return entityManager.createNativeQuery("insert into briefing_recipient (briefing_id, person_id, centre_id, provider_id, group_id)"
                + " select distinct cast(:id as bigint), e.person_id, e.centre_id, ca.provider_id, ca.centre_group_id " + AUDIENCE)
            .setParameter("id", briefingId).setParameter("day", day).executeUpdate();
    }

    @Override
    public long preview(long briefingId, LocalDate day) {
        Object count = entityManager.createNativeQuery("select count(distinct e.person_id) " + AUDIENCE)
            .setParameter("id", briefingId).setParameter("day", day).getSingleResult();
        return ((Number) count).longValue();
    }
}
