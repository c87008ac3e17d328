package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.organisation.service.StaffMember;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmploymentRepository extends JpaRepository<Employment, Long> {

    @Query("""
        select new org.centrecpd.organisation.service.StaffMember(p.id, p.fullName, p.email, e.jobRole, e.startDate)
        from Employment e join e.person p
        where e.centre.id = :centreId and e.startDate <= :day and (e.endDate is null or e.endDate > :day)
          and lower(p.fullName) like :pattern escape '\\'
        order by p.fullName, p.id""")
    List<StaffMember> staffOn(@Param("centreId") long centreId, @Param("day") LocalDate day,
                              @Param("pattern") String pattern, Pageable page);

    @Query("""
        select count(e) from Employment e join e.person p
        where e.centre.id = :centreId and e.startDate <= :day and (e.endDate is null or e.endDate > :day)
          and lower(p.fullName) like :pattern escape '\\'""")
    long countStaffOn(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("pattern") String pattern);

    @Query("""
        select e from Employment e join fetch e.centre
        where e.person.id = :personId and e.startDate <= :day and (e.endDate is null or e.endDate > :day)
        order by e.startDate""")
    List<Employment> currentFor(@Param("personId") long personId, @Param("day") LocalDate day);

    @Query("select e from Employment e join fetch e.centre where e.person.id = :personId order by e.startDate desc")
    List<Employment> historyOf(@Param("personId") long personId);

    /** Is this person employed, on {@code day}, at one of these centres? */
    @Query("""
        select count(e) > 0 from Employment e
        where e.person.id = :personId and e.centre.id in :centreIds
          and e.startDate <= :day and (e.endDate is null or e.endDate > :day)""")
    boolean worksAtAnyOn(@Param("personId") long personId, @Param("centreIds") java.util.Collection<Long> centreIds,
                         @Param("day") LocalDate day);
}
