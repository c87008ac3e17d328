package org.centrecpd.reviews.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The organisation's history as the pack reads it, through the read models the organisation and courses
 * publish ({@code CentreName}, {@code CentreCommission}, {@code StaffPost}, {@code StaffName},
 * {@code CompletionRecord}): who ran the centre and who worked there on the term's last day, who joined and
 * who left in the term, and the CPD hours of the courses they completed. The caller has checked the centre is
 * in scope.
 */
@ScopedData
public interface PackRepository extends Repository<Review, Long> {

    @Query("""
        select new org.centrecpd.reviews.domain.CentreAsAt(c.id, c.name, la.id, la.name, pr.name, g.name)
        from CentreName c join AuthorityName la on la.id = c.localAuthorityId
        left join CentreCommission ca on ca.centreId = c.id and in_force(ca.period.validFrom, ca.period.validTo, :day)
        left join ProviderName pr on pr.id = ca.providerId
        left join GroupName g on g.id = ca.groupId
        where c.id = :centreId""")
    Optional<CentreAsAt> centreOn(@Param("centreId") long centreId, @Param("day") LocalDate day);

    /**
     * Staff in post on {@code day} (the term's last day); joiners: people whose post at the centre began in
     * {@code [from, to)} and who did not work there the day before; leavers: whose post ended in the term and who
     * did not work there on the day it ended. A move between jobs at the same centre is neither.
     */
    @Query("""
        select new org.centrecpd.reviews.domain.StaffMoves(
            (select count(distinct e.personId) from StaffPost e
              where e.centreId = :centreId and in_force(e.period.validFrom, e.period.validTo, :day)),
            (select count(distinct e.personId) from StaffPost e
              where e.centreId = :centreId and e.period.validFrom >= :from and e.period.validFrom < :to
                and not exists (select 1 from StaffPost b where b.personId = e.personId and b.centreId = e.centreId
                                and b.id <> e.id and in_force(b.period.validFrom, b.period.validTo, e.period.validFrom - 1 day))),
            (select count(distinct e.personId) from StaffPost e
              where e.centreId = :centreId and e.period.validTo > :from and e.period.validTo <= :to
                and not exists (select 1 from StaffPost n where n.personId = e.personId and n.centreId = e.centreId
                                and n.id <> e.id and in_force(n.period.validFrom, n.period.validTo, e.period.validTo))))
        from CentreName c where c.id = :centreId""")
    StaffMoves staffMoves(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("from") LocalDate from,
                          @Param("to") LocalDate to);

    /** CPD hours of the courses completed in {@code [from, to)} by the people working at the centre on {@code day}. */
    @Query("""
        select coalesce(sum(cc.cpdHours), 0) from StaffPost e join CompletionRecord cc on cc.personId = e.personId
        where e.centreId = :centreId and in_force(e.period.validFrom, e.period.validTo, :day)
          and cc.completedOn >= :from and cc.completedOn < :to""")
    BigDecimal cpdHours(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("from") LocalDate from,
                        @Param("to") LocalDate to);

    /** The people working at the centre on {@code day}, by name: who may own an action. */
    @Query("""
        select distinct new org.centrecpd.reviews.domain.PersonChoice(p.id, p.fullName)
        from StaffPost e join StaffName p on p.id = e.personId
        where e.centreId = :centreId and in_force(e.period.validFrom, e.period.validTo, :day)
        order by p.fullName""")
    List<PersonChoice> staffOn(@Param("centreId") long centreId, @Param("day") LocalDate day);
}
