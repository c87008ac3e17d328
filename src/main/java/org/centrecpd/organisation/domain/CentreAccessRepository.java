package org.centrecpd.organisation.domain;

import java.util.List;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Read-only: the centre_access relation. Only AccessScope uses it. */
public interface CentreAccessRepository extends JpaRepository<CentreAccess, CentreAccess.Key> {

    /** (centre id, via) rows of the scope's account on the scope's day. */
    @Query("""
        select ca.centreId, ca.via from CentreAccess ca where ca.accountId = :#{#scope.accountId}
          and in_force(ca.period.validFrom, ca.period.validTo, :#{#scope.day})""")
    List<Object[]> centresOf(@Param("scope") CentreScope scope);
}
