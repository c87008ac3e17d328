package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.PersonRow;
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
        select new org.centrecpd.organisation.service.PersonRow(p.id, p.fullName, p.email, p.jobRole,
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
}
