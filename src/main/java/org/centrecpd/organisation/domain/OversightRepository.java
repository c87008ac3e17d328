package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OversightRepository extends JpaRepository<Oversight, Long> {

    @Query("""
        select o from Oversight o left join fetch o.localAuthority left join fetch o.group
        where o.partner.id = :personId and o.validFrom <= :day and (o.validTo is null or o.validTo > :day)""")
    List<Oversight> inForce(@Param("personId") long personId, @Param("day") LocalDate day);

    @Query("select o from Oversight o left join fetch o.localAuthority left join fetch o.group where o.partner.id = :personId order by o.validFrom desc")
    List<Oversight> findByPartnerIdOrderByValidFromDesc(@Param("personId") long personId);
}
