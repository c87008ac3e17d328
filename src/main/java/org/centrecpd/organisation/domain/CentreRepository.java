package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.domain.CentreRow;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Centres. Every list takes the caller's {@link CentreScope}: the database applies it. */
@ScopedData
public interface CentreRepository extends JpaRepository<Centre, Long> {

    /** Centres in scope with the provider and group in force on the scope's day. */
    @Query("""
        select new org.centrecpd.organisation.domain.CentreRow(c.id, c.name, la.name, p.name, g.name)
        from Centre c join c.localAuthority la
        left join CentreArrangement a on a.centre = c and in_force(a.period.validFrom, a.period.validTo, :#{#scope.day})
        left join a.provider p left join a.group g
        where """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END + """
          and c.nameLower like :pattern escape '\\'
        order by c.name, c.id""")
    List<CentreRow> findRows(@Param("scope") CentreScope scope, @Param("pattern") String pattern, Pageable page);

    @Query("""
        select count(c) from Centre c
        where """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END + """
          and c.nameLower like :pattern escape '\\'""")
    long countRows(@Param("scope") CentreScope scope, @Param("pattern") String pattern);

    /** Centres in scope with their head count on the scope's day, counted in the database. */
    @Query("""
        select new org.centrecpd.organisation.CentreOverview(c.id, c.name, la.name, p.name, g.name,
            (select count(distinct e.person) from Employment e where e.centre = c
                and in_force(e.period.validFrom, e.period.validTo, :#{#scope.day})))
        from Centre c join c.localAuthority la
        left join CentreArrangement a on a.centre = c and in_force(a.period.validFrom, a.period.validTo, :#{#scope.day})
        left join a.provider p left join a.group g
        where """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END + """
          and c.nameLower like :pattern escape '\\'
        order by c.name, c.id""")
    List<CentreOverview> findOverviews(@Param("scope") CentreScope scope, @Param("pattern") String pattern, Pageable page);

    /** One centre in scope (empty when it does not exist or is out of scope: the caller cannot tell). */
    @Query("""
        select new org.centrecpd.organisation.CentreOverview(c.id, c.name, la.name, p.name, g.name,
            (select count(distinct e.person) from Employment e where e.centre = c
                and in_force(e.period.validFrom, e.period.validTo, :#{#scope.day})))
        from Centre c join c.localAuthority la
        left join CentreArrangement a on a.centre = c and in_force(a.period.validFrom, a.period.validTo, :#{#scope.day})
        left join a.provider p left join a.group g
        where c.id = :centreId
          and """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END)
    Optional<CentreOverview> findOverview(@Param("scope") CentreScope scope, @Param("centreId") long centreId);

    /** Is the centre in scope? One indexed look-up; the refusal of every out-of-scope id rests on it. */
    @Query("""
        select count(c) > 0 from Centre c where c.id = :centreId and """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END)
    boolean inScope(@Param("scope") CentreScope scope, @Param("centreId") long centreId);

    /** How many of these centres are in scope: one statement for a whole list, where {@link #inScope} is one per centre. */
    @Query("""
        select count(c) from Centre c where c.id in :centreIds and """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END)
    long countInScope(@Param("scope") CentreScope scope, @Param("centreIds") Collection<Long> centreIds);

    @Query("select c from Centre c join fetch c.localAuthority where c.id = :id")
    Optional<Centre> findWithAuthority(@Param("id") long id);

    /** Locks the centre's row: changes to its arrangements are made one at a time (overlap check). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Centre c where c.id = :id")
    Optional<Centre> lockById(@Param("id") long id);

    /** Does another centre of the authority have this reference? */
    @Query("""
        select count(c) > 0 from Centre c
        where c.localAuthority.id = :authorityId and c.reference = :reference and c.id <> :exceptId""")
    boolean referenceTaken(@Param("authorityId") long authorityId, @Param("reference") String reference,
                           @Param("exceptId") long exceptId);

    /** Every centre in scope with its authority: what an import matches its rows against. */
    @Query("""
        select c from Centre c join fetch c.localAuthority
        where """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END)
    List<Centre> findAllInScope(@Param("scope") CentreScope scope);
}
