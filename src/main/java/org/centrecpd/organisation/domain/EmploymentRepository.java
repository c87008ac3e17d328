package org.centrecpd.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.organisation.PersonName;
import org.centrecpd.organisation.StaffMember;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@ScopedData
public interface EmploymentRepository extends JpaRepository<Employment, Long> {

    /** Staff of a centre on {@code day} (the caller has checked the centre is in scope). */
    @Query("""
        select new org.centrecpd.organisation.StaffMember(p.id, p.fullName, p.email, e.jobRole, e.period.validFrom)
        from Employment e join e.person p
        where e.centre.id = :centreId and in_force(e.period.validFrom, e.period.validTo, :day)
          and p.nameLower like :pattern escape '\\'
        order by p.fullName, p.id""")
    List<StaffMember> staffOn(@Param("centreId") long centreId, @Param("day") LocalDate day,
                              @Param("pattern") String pattern, Pageable page);

    @Query("""
        select count(e) from Employment e join e.person p
        where e.centre.id = :centreId and in_force(e.period.validFrom, e.period.validTo, :day)
          and p.nameLower like :pattern escape '\\'""")
    long countStaffOn(@Param("centreId") long centreId, @Param("day") LocalDate day, @Param("pattern") String pattern);

    @Query("""
        select e from Employment e join fetch e.centre
        where e.person.id = :personId and in_force(e.period.validFrom, e.period.validTo, :day)
        order by e.period.validFrom""")
    List<Employment> currentFor(@Param("personId") long personId, @Param("day") LocalDate day);

    @Query("select e from Employment e join fetch e.centre where e.person.id = :personId order by e.period.validFrom desc")
    List<Employment> historyOf(@Param("personId") long personId);

    /** Does this person work, on the scope's day, at a centre in the scope? */
    @Query("""
        select count(e) > 0 from Employment e
        where e.person.id = :personId and in_force(e.period.validFrom, e.period.validTo, :#{#scope.day})
          and """ + CentreScope.COVERS + "e.centre.id" + CentreScope.COVERS_END)
    boolean worksInScope(@Param("personId") long personId, @Param("scope") CentreScope scope);

    /**
     * The line managers of a person on {@code day}: people employed that day as centre manager at a
     * centre where the person is employed that day (never the person themself).
     */
    @Query("""
        select distinct new org.centrecpd.organisation.PersonName(mp.id, mp.fullName)
        from Employment m join m.person mp, Employment s
        where s.person.id = :staffId and in_force(s.period.validFrom, s.period.validTo, :day)
          and m.centre = s.centre and m.jobRole = org.centrecpd.organisation.JobRole.CENTRE_MANAGER
          and in_force(m.period.validFrom, m.period.validTo, :day) and mp.id <> :staffId
        order by mp.fullName, mp.id""")
    List<PersonName> lineManagersOf(@Param("staffId") long staffId, @Param("day") LocalDate day);

    /** {@link #lineManagersOf}, each with the centre they manage where the person works (one row per centre). */
    @Query("""
        select distinct new org.centrecpd.organisation.LineManager(mp.id, mp.fullName, c.name)
        from Employment m join m.person mp join m.centre c, Employment s
        where s.person.id = :staffId and in_force(s.period.validFrom, s.period.validTo, :day)
          and m.centre = s.centre and m.jobRole = org.centrecpd.organisation.JobRole.CENTRE_MANAGER
          and in_force(m.period.validFrom, m.period.validTo, :day) and mp.id <> :staffId
        order by mp.fullName, mp.id, c.name""")
    List<org.centrecpd.organisation.LineManager> lineManagersWithCentreOf(@Param("staffId") long staffId, @Param("day") LocalDate day);

    /** The people a manager line-manages on {@code day} (see {@link #lineManagersOf}). */
    @Query("""
        select distinct new org.centrecpd.organisation.PersonName(sp.id, sp.fullName)
        from Employment m, Employment s join s.person sp
        where m.person.id = :managerId and m.jobRole = org.centrecpd.organisation.JobRole.CENTRE_MANAGER
          and in_force(m.period.validFrom, m.period.validTo, :day)
          and s.centre = m.centre and in_force(s.period.validFrom, s.period.validTo, :day) and sp.id <> :managerId
        order by sp.fullName, sp.id""")
    List<PersonName> staffManagedBy(@Param("managerId") long managerId, @Param("day") LocalDate day);

    /** Does {@code managerId} line-manage anyone on {@code day} (see {@link #staffManagedBy})? */
    @Query("""
        select count(m) > 0 from Employment m, Employment s
        where m.person.id = :managerId and m.jobRole = org.centrecpd.organisation.JobRole.CENTRE_MANAGER
          and in_force(m.period.validFrom, m.period.validTo, :day)
          and s.centre = m.centre and in_force(s.period.validFrom, s.period.validTo, :day) and s.person.id <> :managerId""")
    boolean managesAnyoneOn(@Param("managerId") long managerId, @Param("day") LocalDate day);

    /** Is {@code managerId} a line manager of {@code staffId} on {@code day} (see {@link #lineManagersOf})? */
    @Query("""
        select count(m) > 0 from Employment m, Employment s
        where s.person.id = :staffId and in_force(s.period.validFrom, s.period.validTo, :day)
          and m.person.id = :managerId and m.centre = s.centre
          and m.jobRole = org.centrecpd.organisation.JobRole.CENTRE_MANAGER
          and in_force(m.period.validFrom, m.period.validTo, :day) and m.person.id <> :staffId""")
    boolean managesOn(@Param("managerId") long managerId, @Param("staffId") long staffId, @Param("day") LocalDate day);

    /** Periods of this person at this centre, to refuse an overlapping one. */
    @Query("select e from Employment e where e.person.id = :personId and e.centre.id = :centreId")
    List<Employment> atCentre(@Param("personId") long personId, @Param("centreId") long centreId);

    /** Employments in force on {@code day} of the given people, with their centres (imports compare against them). */
    @Query("""
        select e from Employment e join fetch e.centre
        where e.person.id in :personIds and in_force(e.period.validFrom, e.period.validTo, :day)""")
    List<Employment> currentForAll(@Param("personIds") java.util.Collection<Long> personIds, @Param("day") LocalDate day);

    /** Employments in force on {@code day} at centres of the given authorities, with person and centre (leavers). */
    @Query("""
        select e from Employment e join fetch e.person join fetch e.centre c
        where c.localAuthority.id in :authorityIds and in_force(e.period.validFrom, e.period.validTo, :day)""")
    List<Employment> currentInAuthorities(@Param("authorityIds") java.util.Collection<Long> authorityIds,
                                          @Param("day") LocalDate day);
}
