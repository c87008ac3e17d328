package org.centrecpd.reviews.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.centrecpd.reviews.Season;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Authorities' terms. Not scoped: term dates are the same for everyone in an authority and name no one. */
public interface ReviewTermRepository extends JpaRepository<ReviewTerm, Long> {

    /**
     * Gives every authority without a term of this season in this school year the default dates, in one
     * statement; an authority that has its own keeps them. {@code on conflict do nothing}: two first visits
     * at once both end with the one row.
     */
    @Modifying
    @Query(value = """
        insert into review_term (local_authority_id, school_year, season, valid_from, valid_to)
        select la.id, :year, :season, :validFrom, :validTo from local_authority la
        where not exists (select 1 from review_term t where t.local_authority_id = la.id and t.school_year = :year and t.season = :season)
        on conflict do nothing""", nativeQuery = true)
    int addDefaults(@Param("year") int year, @Param("season") String season, @Param("validFrom") LocalDate validFrom,
                    @Param("validTo") LocalDate validTo);

    /** Does every authority have its three terms of both school years (the usual answer, in one statement)? */
    @Query("""
        select count(t) = 3 * (:last - :first + 1) * (select count(la) from AuthorityName la)
        from ReviewTerm t where t.schoolYear between :first and :last""")
    boolean complete(@Param("first") int first, @Param("last") int last);

    @Query("select t from ReviewTerm t where t.localAuthorityId = :authorityId and t.schoolYear = :year order by t.period.validFrom")
    List<ReviewTerm> ofYear(@Param("authorityId") long authorityId, @Param("year") int year);

    Optional<ReviewTerm> findByLocalAuthorityIdAndSchoolYearAndSeason(long localAuthorityId, int schoolYear, Season season);

    /** The authority's term before {@code term} (the latest that ends by the day it starts). */
    @Query("""
        select t from ReviewTerm t where t.localAuthorityId = :authorityId and t.period.validTo <= :starts
        order by t.period.validTo desc limit 1""")
    Optional<ReviewTerm> before(@Param("authorityId") long authorityId, @Param("starts") LocalDate starts);

    /** Local authorities by name, for the admin's choice. */
    @Query("select new org.centrecpd.reviews.domain.AuthorityChoice(la.id, la.name) from AuthorityName la order by la.name")
    List<AuthorityChoice> authorities();

    @Query("select c.localAuthorityId from CentreName c where c.id = :centreId")
    Optional<Long> authorityOf(@Param("centreId") long centreId);
}
