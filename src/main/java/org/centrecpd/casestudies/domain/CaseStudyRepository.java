package org.centrecpd.casestudies.domain;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Case studies. Who may see one is one rule, here for the database paths (page, download) and in
 * {@code CaseStudySearch} for the index: its author; the improvement partners who oversee one of
 * its centres; and, once published, the staff of its audience (or everyone).
 */
@ScopedData
public interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

    String VISIBLE = """
        (c.authorAccountId = :#{#scope.accountId}
         or exists (select 1 from CaseStudy o join o.centreIds oc where o = c and oc """ + CentreScope.OVERSEEN + """
        )
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

    /** Everything this sign-in wrote, or reviews as the partner overseeing its centres, that is not yet published, newest first. */
    @Query("""
        select c from CaseStudy c where c.status <> org.centrecpd.casestudies.domain.CaseStudyStatus.PUBLISHED and (
            c.authorAccountId = :#{#scope.accountId}
            or exists (select 1 from CaseStudy o join o.centreIds oc where o = c and oc """ + CentreScope.OVERSEEN + """
        )) order by c.updatedAt desc""")
    List<CaseStudy> inProgressFor(@Param("scope") CentreScope scope);
}
