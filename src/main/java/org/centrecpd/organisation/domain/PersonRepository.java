package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.organisation.service.PersonRow;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    /** People matching a name or e-mail fragment, with the centre they work at on {@code day}. */
    @Query("""
        select new org.centrecpd.organisation.service.PersonRow(p.id, p.fullName, p.email, p.jobRole, c.id, c.name)
        from Person p
        left join Employment e on e.person = p and e.startDate <= :day and (e.endDate is null or e.endDate > :day)
        left join e.centre c
        where lower(p.fullName) like :pattern escape '\\' or p.email like :pattern escape '\\'
        order by p.fullName, p.id""")
    List<PersonRow> findRows(@Param("day") LocalDate day, @Param("pattern") String pattern, Pageable page);

    @Query("select count(p) from Person p where lower(p.fullName) like :pattern escape '\\' or p.email like :pattern escape '\\'")
    long countRows(@Param("pattern") String pattern);

    boolean existsByEmailAndIdNot(String email, Long id);

    boolean existsByEmail(String email);
}
