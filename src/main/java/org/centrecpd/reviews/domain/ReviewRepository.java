package org.centrecpd.reviews.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.Season;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Reviews, always within a scope: an improvement partner's are the centres they oversee
 * ({@link CentreScope#OVERSEEN}; one review: those they oversaw during its term, {@link CentreScope#OVERSEEN_DURING_T}),
 * a manager's or admin's those {@link CentreScope#COVERS} reaches, a manager's
 * only once shared. Centres, providers and groups come from the organisation's read models.
 */
@ScopedData
public interface ReviewRepository extends JpaRepository<Review, Long> {

    /** The latest revision of the centre's review in the term. */
    String LATEST = "r.revision = (select max(r2.revision) from Review r2 where r2.centreId = r.centreId and r2.termId = r.termId)";

    @Query("select r from Review r join ReviewTerm t on t.id = r.termId where r.id = :id and r.status in :states and "
        + "((:overseen = true and r.centreId " + CentreScope.OVERSEEN_DURING_T + ") or (:overseen = false and " + CentreScope.COVERS
        + "r.centreId"
        + CentreScope.COVERS_END + "))")
    Optional<Review> findVisible(@Param("scope") CentreScope scope, @Param("id") long id, @Param("overseen") boolean overseen,
                                 @Param("states") Collection<ReviewStatus> states);

    /**
     * The centres in scope whose authority reviews them in this term ({@code frequencies}: how many reviews a
     * year mean one in this term), under today's provider and group, each with its latest review of the term.
     * One statement, whatever the number of centres.
     */
    @Query("""
        select new org.centrecpd.reviews.domain.DueRow(c.id, c.name, la.name, pr.name, g.name, t.id, t.period.validFrom,
            t.period.validTo, r.id, r.status, r.partnerName)
        from CentreName c join AuthorityName la on la.id = c.localAuthorityId
        join ReviewTerm t on t.localAuthorityId = c.localAuthorityId and t.schoolYear = :year and t.season = :season
        left join ReviewFrequency f on f.localAuthorityId = c.localAuthorityId
        left join Review r on r.centreId = c.id and r.termId = t.id
            and r.revision = (select max(r2.revision) from Review r2 where r2.centreId = c.id and r2.termId = t.id)
        left join CentreCommission ca on ca.centreId = c.id and in_force(ca.period.validFrom, ca.period.validTo, :#{#scope.day})
        left join ProviderName pr on pr.id = ca.providerId
        left join GroupName g on g.id = ca.groupId
        where coalesce(f.reviewsPerYear, 3) in :frequencies
          and ((:overseen = true and c.id """ + CentreScope.OVERSEEN + ") or (:overseen = false and " + CentreScope.COVERS
        + "c.id" + CentreScope.COVERS_END + """
          ))
        order by la.name, pr.name, g.name, c.name, c.id""")
    List<DueRow> due(@Param("scope") CentreScope scope, @Param("overseen") boolean overseen, @Param("year") int year,
                     @Param("season") Season season, @Param("frequencies") Collection<Integer> frequencies);

    /** Latest revisions of reviews in these states of centres in scope, newest term first. */
    @Query("""
        select new org.centrecpd.reviews.domain.ReviewRow(r.id, c.id, c.name, t.schoolYear, t.season, t.period.validFrom,
            r.status, r.revision, r.partnerName)
        from Review r join CentreName c on c.id = r.centreId join ReviewTerm t on t.id = r.termId
        where r.status in :states and """ + " " + LATEST + " and " + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END + """
        order by t.period.validFrom desc, c.name, c.id""")
    List<ReviewRow> listed(@Param("scope") CentreScope scope, @Param("states") Collection<ReviewStatus> states);

    /** Does the signed-in partner oversee this centre today? */
    @Query("select count(c) > 0 from CentreName c where c.id = :centreId and c.id " + CentreScope.OVERSEEN)
    boolean oversees(@Param("scope") CentreScope scope, @Param("centreId") long centreId);

    /** Is there a review of this centre in this term already (any revision)? */
    boolean existsByCentreIdAndTermId(long centreId, long termId);

    /** The signed-off review of the centre in {@code termId}, if there is one (its latest signed-off revision). */
    @Query("select r from Review r where r.centreId = :centreId and r.termId = :termId and r.status = :signedOff")
    Optional<Review> signedOff(@Param("centreId") long centreId, @Param("termId") long termId,
                               @Param("signedOff") ReviewStatus signedOff);

    @Query("select r from Review r where r.amendsId = :id")
    Optional<Review> amendmentOf(@Param("id") long id);
}
