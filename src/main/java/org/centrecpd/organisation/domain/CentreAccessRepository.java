package org.centrecpd.organisation.domain;

import java.util.List;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Read-only: the centre_access relation. Only AccessScope uses it. */
public interface CentreAccessRepository extends JpaRepository<CentreAccess, CentreAccess.Key> {

    /** (centre id, via) rows of the scope's account on the scope's day. */
    default List<Object[]> centresOf(CentreScope scope) {
        return centresOf(scope.accountId(), scope.day());
    }

    /**
     * {@link #centresOf(CentreScope)} with plain parameters: every search asks this, and evaluating
     * the scope's SpEL expressions was about 40% of its time (CaseStudySearchBenchmark's profile).
     */
    @Query("""
        select ca.centreId, ca.via from CentreAccess ca where ca.accountId = :account
          and in_force(ca.period.validFrom, ca.period.validTo, :day)""")
    List<Object[]> centresOf(@Param("account") long accountId, @Param("day") java.time.LocalDate day);
}
