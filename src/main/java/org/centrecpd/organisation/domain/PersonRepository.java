package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.domain.PersonRow;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ScopedData
public interface PersonRepository extends JpaRepository<Person, Long> {

    /**
     * People matching a name or e-mail fragment, one row each, with where they work on {@code day}:
     * the first centre by name and how many more (a group manager works at two to four). Correlated
     * subqueries rather than a join, so that a person with several employments is still one row and
     * the page size and the count agree.
     */
    @Query("""
        select new org.centrecpd.organisation.domain.PersonRow(p.id, p.fullName, p.email, p.jobRole,
            (select min(c.name) from Employment e join e.centre c
              where e.person = p and in_force(e.period.validFrom, e.period.validTo, :day)),
            (select count(e) from Employment e
              where e.person = p and in_force(e.period.validFrom, e.period.validTo, :day)))
        from Person p
        where p.nameLower like :pattern escape '\\' or p.email like :pattern escape '\\'
        order by p.fullName, p.id""")
    List<PersonRow> findRows(@Param("day") LocalDate day, @Param("pattern") String pattern, Pageable page);

    @Query("select count(p) from Person p where p.nameLower like :pattern escape '\\' or p.email like :pattern escape '\\'")
    long countRows(@Param("pattern") String pattern);

    boolean existsByEmailAndIdNot(String email, Long id);

    boolean existsByEmail(String email);

    /** Locks the person's row: their employments change one at a time (overlap check). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.id = :id")
    Optional<Person> lockById(@Param("id") long id);

    /** People by (normalised) e-mail: imports key people on it. */
    List<Person> findByEmailIn(java.util.Collection<String> emails);
    /**
     * Has not left: has a job or a remit that is current or still to start, or has never had either.
     * One query: the sign-in asks it on every request (security.SessionGuard).
     */
    @Query("""
        select count(p) > 0 from Person p where p.id = :id and (
          exists (select 1 from Employment e where e.person = p and not_ended(e.period.validTo, :day))
          or exists (select 1 from Oversight o where o.partner = p and not_ended(o.period.validTo, :day))
          or (not exists (select 1 from Employment e where e.person = p) and not exists (select 1 from Oversight o where o.partner = p)))""")
    boolean mayStillSignIn(@Param("id") long personId, @Param("day") LocalDate day);

    String WITHOUT_SIGN_IN = """
        from Person p
        where (p.nameLower like :pattern escape '\\' or p.email like :pattern escape '\\')
          and not exists (select 1 from org.centrecpd.security.UserAccount a where a.personId = p.id or a.username = p.email)
          and (exists (select 1 from Employment e where e.person = p and in_force(e.period.validFrom, e.period.validTo, :#{#scope.day})
                 and""" + org.centrecpd.organisation.service.CentreScope.COVERS + "e.centre.id" + org.centrecpd.organisation.service.CentreScope.COVERS_END + """
               )
            or (:admin = true and exists (select 1 from Oversight o where o.partner = p
                 and in_force(o.period.validFrom, o.period.validTo, :#{#scope.day}))))
        """;

    /** People in scope working there today (admins: also partners with a remit today) who have no sign-in: id, name, e-mail, job, a centre. */
    @Query("""
        select p.id, p.fullName, p.email, p.jobRole,
          (select min(c.name) from Employment e2 join e2.centre c where e2.person = p
             and in_force(e2.period.validFrom, e2.period.validTo, :#{#scope.day}))
        """ + WITHOUT_SIGN_IN + " order by p.fullName, p.id")
    List<Object[]> withoutSignIn(@Param("scope") org.centrecpd.organisation.service.CentreScope scope, @Param("admin") boolean admin,
                                 @Param("pattern") String pattern, Pageable page);

    @Query("select count(p) " + WITHOUT_SIGN_IN)
    long countWithoutSignIn(@Param("scope") org.centrecpd.organisation.service.CentreScope scope, @Param("admin") boolean admin,
                            @Param("pattern") String pattern);

    String NOT_ACCEPTED = """
        from Person p, org.centrecpd.security.UserAccount a
        where a.personId = p.id and a.passwordHash is null and a.invitedAt is not null
          and (p.nameLower like :pattern escape '\\' or p.email like :pattern escape '\\')
          and (:admin = true or exists (select 1 from Employment e where e.person = p
                 and in_force(e.period.validFrom, e.period.validTo, :#{#scope.day})
                 and""" + org.centrecpd.organisation.service.CentreScope.COVERS + "e.centre.id" + org.centrecpd.organisation.service.CentreScope.COVERS_END + """
               ))
        """;

    /** Invited, no password set yet, in scope: id, name, e-mail, when invited. */
    @Query("select p.id, p.fullName, p.email, a.invitedAt " + NOT_ACCEPTED + " order by a.invitedAt, p.fullName, p.id")
    List<Object[]> notAccepted(@Param("scope") org.centrecpd.organisation.service.CentreScope scope, @Param("admin") boolean admin,
                               @Param("pattern") String pattern, Pageable page);

    @Query("select count(p) " + NOT_ACCEPTED)
    long countNotAccepted(@Param("scope") org.centrecpd.organisation.service.CentreScope scope, @Param("admin") boolean admin,
                          @Param("pattern") String pattern);
}
