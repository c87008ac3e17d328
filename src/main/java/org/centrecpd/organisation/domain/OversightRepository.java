package org.centrecpd.organisation.domain;

import java.util.List;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@ScopedData
public interface OversightRepository extends JpaRepository<Oversight, Long> {

    @Query("""
        select o from Oversight o left join fetch o.localAuthority left join fetch o.group
        where o.partner.id = :personId order by o.period.validFrom desc""")
    List<Oversight> remitOf(@Param("personId") long personId);
}
