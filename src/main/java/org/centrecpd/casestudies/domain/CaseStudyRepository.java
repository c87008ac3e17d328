package org.centrecpd.casestudies.domain;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Case studies. Who may see one is one rule, {@code CaseStudyPolicy}'s, here in the database's terms (a
 * page, a download) and there in the index's: its author; the improvement partners who oversee one of
 * its centres; and, once published, the staff of its audience (or everyone).
 */
@ScopedData
public interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

    /** Its author, or an improvement partner overseeing one of its centres: those who write and review it. */
    String WRITES_OR_REVIEWS = """
        (c.authorAccountId = :#{#scope.accountId}
         or exists (select 1 from CaseStudy o join o.centreIds oc where o = c and oc """ + CentreScope.OVERSEEN + "))";

    String VISIBLE = "(" + WRITES_OR_REVIEWS + """
         or (c.status = org.centrecpd.casestudies.domain.CaseStudyStatus.PUBLISHED
             and (c.publishedToAll = true
                  or exists (select 1 from CaseStudy p join p.audienceCentreIds pa where p = c and """ + CentreScope.COVERS + "pa" + CentreScope.COVERS_END + """
        ))))""";

    @Query("select c from CaseStudy c where c.id = :id and " + VISIBLE)
    Optional<CaseStudy> findVisible(@Param("scope") CentreScope scope, @Param("id") long id);

    /** May this sign-in review and publish it: do they oversee one of its centres? */
    @Query("""
        select count(c) > 0 from CaseStudy c join c.centreIds ce where c.id = :id and ce """ + CentreScope.OVERSEEN)
    boolean oversees(@Param("scope") CentreScope scope, @Param("id") long id);

    /** What this sign-in wrote, or reviews as the partner overseeing its centres, in these states, last changed first. */
    @Query("select c from CaseStudy c where c.status in :states and " + WRITES_OR_REVIEWS + " order by c.updatedAt desc")
    List<CaseStudy> writtenOrReviewedBy(@Param("scope") CentreScope scope, @Param("states") java.util.Collection<CaseStudyStatus> states);
}
