package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CentreArrangementRepository extends JpaRepository<CentreArrangement, Long> {

    @Query("""
        select a from CentreArrangement a join fetch a.provider left join fetch a.group
        where a.centre.id = :centreId and a.validFrom <= :day and (a.validTo is null or a.validTo > :day)""")
    Optional<CentreArrangement> findInForce(@Param("centreId") long centreId, @Param("day") LocalDate day);

    @Query("""
        select a from CentreArrangement a join fetch a.provider left join fetch a.group
        where a.centre.id = :centreId order by a.validFrom desc""")
    List<CentreArrangement> history(@Param("centreId") long centreId);

    /** The latest arrangement, whatever its dates: recommissioning must start after it. */
    Optional<CentreArrangement> findFirstByCentreIdOrderByValidFromDesc(long centreId);

    /** Centres that are in one of these groups on {@code day}. */
    @Query("""
        select a.centre.id from CentreArrangement a
        where a.group.id in :groupIds and a.validFrom <= :day and (a.validTo is null or a.validTo > :day)""")
    List<Long> centreIdsInGroups(@Param("groupIds") Collection<Long> groupIds, @Param("day") LocalDate day);
}
