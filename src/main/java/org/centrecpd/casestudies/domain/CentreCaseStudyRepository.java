package org.centrecpd.casestudies.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.centrecpd.courses.CorePurposeArea;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** A centre's case studies as the termly review counts them (see {@code casestudies.CaseStudyFigures}). */
@ScopedData
public interface CentreCaseStudyRepository extends Repository<CaseStudy, Long> {

    /** One area and how many case studies are tagged with it. */
    record AreaCount(CorePurposeArea area, long count) {
    }

    @Query("""
        select c from CaseStudy c join c.centreIds ce
        where ce = :centreId
          and ((c.createdAt >= :from and c.createdAt < :to) or (c.publishedAt >= :from and c.publishedAt < :to))
        order by c.createdAt, c.id""")
    List<CaseStudy> ofCentreBetween(@Param("centreId") long centreId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    @Query("""
        select new org.centrecpd.casestudies.domain.CentreCaseStudyRepository$AreaCount(a, count(distinct c.id))
        from CaseStudy c join c.centreIds ce join c.areas a
        where ce = :centreId and c.status = :published and c.publishedAt < :to
        group by a""")
    List<AreaCount> publishedByArea(@Param("centreId") long centreId, @Param("to") LocalDateTime to,
                                    @Param("published") CaseStudyStatus published);
}
