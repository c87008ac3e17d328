package org.centrecpd.training.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The centres in scope, those that need attention first: most training overdue or expired, then most renewals
 * coming due, then by name. Ordered and paged in the query, so an improvement partner with sixty centres sees the
 * few that need them on the first screen. A centre with nobody working there today is listed too (with noughts).
 */
public interface CentreAttention extends Repository<Assignment, Long> {

    @Query("""
        select new org.centrecpd.training.domain.CentreTotals(la.id, la.name, pr.id, pr.name, g.id, g.name, c.id, c.name,
            count(distinct e.personId), coalesce(sum(t.assigned), 0), coalesce(sum(t.completed), 0), coalesce(sum(t.overdue), 0),
            coalesce(sum(t.renewalDue), 0), coalesce(sum(t.expired), 0))
        from CentreName c join AuthorityName la on la.id = c.localAuthorityId
        left join CentreCommission ca on ca.centreId = c.id and in_force(ca.period.validFrom, ca.period.validTo, :day)
        left join ProviderName pr on pr.id = ca.providerId left join GroupName g on g.id = ca.groupId
        left join StaffPost e on e.centreId = c.id and in_force(e.period.validFrom, e.period.validTo, :day)
        left join (""" + CompletionFigures.PER_PERSON + """
            ) t on t.personId = e.personId
        where """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END + """
          and lower(c.name) like :pattern escape '\\'
        group by la.id, la.name, pr.id, pr.name, g.id, g.name, c.id, c.name
        order by coalesce(sum(t.overdue), 0) + coalesce(sum(t.expired), 0) desc, coalesce(sum(t.renewalDue), 0) desc, c.name, c.id""")
    List<CentreTotals> byAttention(@Param("scope") CentreScope scope, @Param("day") LocalDate day,
                                   @Param("pattern") String pattern, Pageable page);

    @Query("""
        select count(c) from CentreName c
        where """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END + """
          and lower(c.name) like :pattern escape '\\'""")
    long count(@Param("scope") CentreScope scope, @Param("pattern") String pattern);
}
