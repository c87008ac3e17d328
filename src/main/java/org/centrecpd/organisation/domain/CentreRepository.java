package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.centrecpd.organisation.service.CentreOverview;
import org.centrecpd.organisation.service.CentreRow;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CentreRepository extends JpaRepository<Centre, Long> {

    /**
     * Centres with the provider and group in force on {@code day}. {@code everywhere} lifts the id
     * restriction (admins); otherwise only {@code ids} (the caller's scope) are listed.
     */
    @Query("""
        select new org.centrecpd.organisation.service.CentreRow(c.id, c.name, la.name, p.name, g.name)
        from Centre c join c.localAuthority la
        left join CentreArrangement a on a.centre = c and a.validFrom <= :day and (a.validTo is null or a.validTo > :day)
        left join a.provider p left join a.group g
        where (:everywhere = true or c.id in :ids) and lower(c.name) like :pattern escape '\\'
        order by c.name, c.id""")
    List<CentreRow> findRows(@Param("day") LocalDate day, @Param("everywhere") boolean everywhere,
                             @Param("ids") Collection<Long> ids, @Param("pattern") String pattern, Pageable page);

    @Query("""
        select count(c) from Centre c
        where (:everywhere = true or c.id in :ids) and lower(c.name) like :pattern escape '\\'""")
    long countRows(@Param("everywhere") boolean everywhere, @Param("ids") Collection<Long> ids,
                   @Param("pattern") String pattern);

    /** Centres with their head count on {@code day}, counted in the database. */
    @Query("""
        select new org.centrecpd.organisation.service.CentreOverview(c.id, c.name, la.name, p.name, g.name,
            (select count(distinct e.person) from Employment e where e.centre = c
                and e.startDate <= :day and (e.endDate is null or e.endDate > :day)))
        from Centre c join c.localAuthority la
        left join CentreArrangement a on a.centre = c and a.validFrom <= :day and (a.validTo is null or a.validTo > :day)
        left join a.provider p left join a.group g
        where (:everywhere = true or c.id in :ids) and lower(c.name) like :pattern escape '\\'
        order by c.name, c.id""")
    List<CentreOverview> findOverviews(@Param("day") LocalDate day, @Param("everywhere") boolean everywhere,
                                       @Param("ids") Collection<Long> ids, @Param("pattern") String pattern,
                                       Pageable page);

    @Query("select c from Centre c join fetch c.localAuthority where c.id = :id")
    Optional<Centre> findWithAuthority(@Param("id") long id);

    List<Centre> findByLocalAuthorityOrderByName(LocalAuthority authority);

    /** Centres of a local authority. */
    @Query("select c.id from Centre c where c.localAuthority.id in :authorityIds")
    List<Long> idsInAuthorities(@Param("authorityIds") Collection<Long> authorityIds);
}
