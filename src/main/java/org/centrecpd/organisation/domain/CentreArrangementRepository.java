package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@ScopedData
public interface CentreArrangementRepository extends JpaRepository<CentreArrangement, Long> {

    @Query("""
        select a from CentreArrangement a join fetch a.provider left join fetch a.group
        where a.centre.id = :centreId and in_force(a.period.validFrom, a.period.validTo, :day)""")
    Optional<CentreArrangement> findInForce(@Param("centreId") long centreId, @Param("day") LocalDate day);

    /** Who ran the centre and in which group, newest first. */
    @Query("""
        select a from CentreArrangement a join fetch a.provider left join fetch a.group
        where a.centre.id = :centreId order by a.period.validFrom desc""")
    List<CentreArrangement> history(@Param("centreId") long centreId);

    /** Arrangements of every centre in force on {@code day}, with provider and group (imports compare against them). */
    @Query("""
        select a from CentreArrangement a join fetch a.provider left join fetch a.group
        where in_force(a.period.validFrom, a.period.validTo, :day)""")
    List<CentreArrangement> allInForce(@Param("day") LocalDate day);

    /** The latest arrangement of each centre (open or not): where a recommissioning would start from. */
    @Query("""
        select a from CentreArrangement a join fetch a.provider left join fetch a.group
        where a.period.validFrom = (select max(b.period.validFrom) from CentreArrangement b where b.centre = a.centre)""")
    List<CentreArrangement> allLatest();
}
