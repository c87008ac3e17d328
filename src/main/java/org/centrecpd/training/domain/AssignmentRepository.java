package org.centrecpd.training.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.domain.CourseChoice;
import org.centrecpd.training.domain.MyAssignment;
import org.centrecpd.training.domain.PersonAssignment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Assignments. Courses, completions and the organisation's people and centres are joined in the database
 * through the read models those modules publish ({@code organisation.StaffPost}, {@code StaffName},
 * {@code CentreName}, {@code CentreCommission}…; {@code courses.CourseListing}, {@code CompletionRecord},
 * {@code CourseStart}): never their internal entities (ModuleQueriesTest). The figures over many assignments (matrix,
 * roll-up, trend, coverage) are {@link CompletionFigures}.
 */
@ScopedData
public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** The people an assignment reaches: working today at a centre in scope, narrowed by the target. Joined to their latest completion only (a course can be completed more than once). */
    String TARGET = """
        from StaffPost e
        left join CompletionRecord cc on cc.personId = e.personId and cc.courseId = :courseId and cc.completedOn >= :windowStart
          and not exists (select 1 from CompletionRecord later where later.personId = cc.personId and later.courseId = cc.courseId
                          and later.completedOn > cc.completedOn)
        where in_force(e.period.validFrom, e.period.validTo, :#{#scope.day})
          and """ + CentreScope.COVERS + "e.centreId" + CentreScope.COVERS_END + """
          and (:allPeople = true or e.personId in :people)
          and (:allCentres = true or e.centreId in :centres)
          and (:allRoles = true or e.jobRole in :roles)
          and not exists (select 1 from Assignment x where x.personId = e.personId and x.courseId = :courseId and x.cancelledOn is null)
        """;

    /*
     * Parameters in the select list are cast: with "select distinct", PostgreSQL would otherwise type them as text.
     */

    /**
     * Assigns a course to everyone the target reaches who has no open assignment of it, in one
     * statement whatever their number. An earlier completion of the course (any version) since
     * {@code windowStart} counts at once.
     *
     * @return how many people were assigned
     */
    @Modifying
    @Query("""
        insert into Assignment (personId, courseId, dueOn, required, refreshMonths, assignedOn, assignedBy, completedOn, expiresOn, version)
        select distinct e.personId, cast(:courseId as Long), cast(:dueOn as LocalDate), cast(:required as Boolean),
               cast(null as Integer), cast(:#{#scope.day} as LocalDate), cast(:#{#scope.accountId} as Long),
               cc.completedOn, cast(null as LocalDate), 0
        """ + TARGET)
    int assignOnce(@Param("scope") CentreScope scope, @Param("courseId") long courseId, @Param("dueOn") LocalDate dueOn,
                   @Param("required") boolean required, @Param("windowStart") LocalDate windowStart,
                   @Param("allPeople") boolean allPeople, @Param("people") Collection<Long> people,
                   @Param("allCentres") boolean allCentres, @Param("centres") Collection<Long> centres,
                   @Param("allRoles") boolean allRoles, @Param("roles") Collection<JobRole> roles);

    /**
     * As {@link #assignOnce}, recurring: a certification, valid {@code months} months from its completion (to the
     * same day, inclusive), whose renewal window opens {@code windowDays} days before that (as {@link TrainingStatus#validity}
     * for a first period). The periods an earlier completion starts are then recorded by {@link CompletionStamps#recordPeriods}.
     */
    @Modifying
    @Query("""
        insert into Assignment (personId, courseId, dueOn, required, refreshMonths, renewalWindowDays, assignedOn, assignedBy,
                                completedOn, expiresOn, renewalOpensOn, version)
        select distinct e.personId, cast(:courseId as Long), cast(:dueOn as LocalDate), cast(:required as Boolean),
               cast(:months as Integer), cast(:windowDays as Integer), cast(:#{#scope.day} as LocalDate), cast(:#{#scope.accountId} as Long),
               cc.completedOn, cc.completedOn + (:months) month, cc.completedOn + (:months) month - (:windowDays) day, 0
        """ + TARGET)
    int assignRecurring(@Param("scope") CentreScope scope, @Param("courseId") long courseId, @Param("dueOn") LocalDate dueOn,
                        @Param("required") boolean required, @Param("months") int months, @Param("windowDays") int windowDays,
                        @Param("windowStart") LocalDate windowStart,
                        @Param("allPeople") boolean allPeople, @Param("people") Collection<Long> people,
                        @Param("allCentres") boolean allCentres, @Param("centres") Collection<Long> centres,
                        @Param("allRoles") boolean allRoles, @Param("roles") Collection<JobRole> roles);

    /** My assignments in force on {@code day}, soonest due first, with whether I have started each course. */
    @Query("""
        select new org.centrecpd.training.domain.MyAssignment(a.id, c.slug, v.title, a.dueOn, a.required, a.refreshMonths,
            a.completedOn, a.expiresOn, a.renewalOpensOn,
            case when exists (select 1 from CourseStart p where p.personId = a.personId and p.courseId = a.courseId)
                 then true else false end)
        from Assignment a join CourseListing c on c.id = a.courseId join c.current v
        where a.personId = :personId and """ + TrainingStatus.LIVE + """
        order by a.dueOn, v.title, a.id""")
    List<MyAssignment> mine(@Param("personId") long personId, @Param("day") LocalDate day);

    /** Every assignment a person ever had (cancelled ones included), newest first, with its status on {@code day}. */
    @Query("""
        select new org.centrecpd.training.domain.PersonAssignment(a.id, c.slug, v.title, a.dueOn, a.required, a.refreshMonths,
            a.assignedOn, a.cancelledOn, a.completedOn, a.expiresOn, a.renewalOpensOn, """ + TrainingStatus.SQL + """
            )
        from Assignment a join CourseListing c on c.id = a.courseId join c.current v
        where a.personId = :personId
        order by a.assignedOn desc, a.id desc""")
    List<PersonAssignment> ofPerson(@Param("personId") long personId, @Param("day") LocalDate day);

    /**
     * Every certification period a person held, newest first per course, each with the completion that began the
     * next period of the same course (null: none yet), from which {@link PeriodOfCertification#outcome} reads
     * whether it was renewed or lapsed.
     */
    @Query("""
        select p.courseId, v.title, p.completedOn, p.validFrom, p.validUntil,
               (select min(n.completedOn) from CertificationPeriod n
                 where n.personId = p.personId and n.courseId = p.courseId and n.completedOn > p.completedOn)
        from CertificationPeriod p join CourseListing c on c.id = p.courseId join c.current v
        where p.personId = :personId
        order by v.title, c.id, p.completedOn desc""")
    List<Object[]> periodRows(@Param("personId") long personId);

    /** {@link #periodRows} with each period's outcome as seen on {@code day}. */
    default List<PeriodOfCertification> periodsOf(long personId, LocalDate day) {
        return periodRows(personId).stream().filter(r -> !((LocalDate) r[2]).isAfter(day)).map(r -> {
            LocalDate until = (LocalDate) r[4];
            LocalDate next = (LocalDate) r[5];
            PeriodOfCertification.Outcome outcome = PeriodOfCertification.outcome(until, next, day);
            return new PeriodOfCertification((Long) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3], until,
                outcome == PeriodOfCertification.Outcome.RENEWED ? next : null, outcome);
        }).toList();
    }

    /** The courses that can be assigned: every published course, by title. */
    @Query("""
        select new org.centrecpd.training.domain.CourseChoice(c.id, c.slug, v.title, c.validityMonths, c.renewalWindowDays)
        from CourseListing c join c.current v order by v.title, c.id""")
    List<CourseChoice> courseChoices();

    @Query("select a.personId from Assignment a where a.id = :id")
    Optional<Long> personOf(@Param("id") long id);

    /** How many of these people work today at a centre in scope (to refuse, as "not found", anyone else). */
    @Query("""
        select count(distinct e.personId) from StaffPost e
        where e.personId in :people and in_force(e.period.validFrom, e.period.validTo, :#{#scope.day})
          and """ + CentreScope.COVERS + "e.centreId" + CentreScope.COVERS_END)
    long countReachable(@Param("scope") CentreScope scope, @Param("people") Collection<Long> people);

    @Query("select count(c) > 0 from CourseListing c where c.id = :courseId and c.current is not null")
    boolean coursePublished(@Param("courseId") long courseId);

    @Query("select p.fullName from StaffName p where p.id = :personId")
    Optional<String> personName(@Param("personId") long personId);

    @Query(value = "select count(*) = 0 from reminder_opt_out where person_id = :personId", nativeQuery = true)
    boolean remindersOn(@Param("personId") long personId);

    @Modifying
    @Query(value = """
        insert into reminder_opt_out (person_id, since) select :personId, cast(:day as date)
        where not exists (select 1 from reminder_opt_out where person_id = :personId)""", nativeQuery = true)
    void remindersOff(@Param("personId") long personId, @Param("day") LocalDate day);

    @Modifying
    @Query(value = "delete from reminder_opt_out where person_id = :personId", nativeQuery = true)
    void remindersBackOn(@Param("personId") long personId);
}
