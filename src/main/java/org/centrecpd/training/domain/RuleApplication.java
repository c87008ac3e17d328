package org.centrecpd.training.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Applying a rule: a constant number of statements per rule, however many people its audience holds (one
 * insert-select assigns everyone who joined, one update ends the claim on everyone who left, one update takes back
 * those who returned). It runs after the organisation's changes and every morning, with no one signed in and
 * showing nothing, so it is not scoped: who a rule reaches is its audience, checked against its maker's scope
 * when made or changed ({@link AssignmentRuleRepository#VISIBLE}).
 * <p>
 * The audience on {@code :day}: the person's post ({@code StaffPost e}, in force that day) is at a centre a place
 * line names (that day), in a job a role line names (no role line: any job).
 */
public interface RuleApplication extends Repository<AssignmentRule, Long> {

    String IN_AUDIENCE = " " + """
        in_force(e.period.validFrom, e.period.validTo, :day)
        and exists (select 1 from RuleAudienceLine l, CentreName c where l.ruleId = :ruleId and c.id = e.centreId and """
        + AssignmentRuleRepository.LINE_NAMES_CENTRE_ON_DAY + """
        )
        and (not exists (select 1 from RuleAudienceLine l where l.ruleId = :ruleId and l.kind = 'ROLE')
             or exists (select 1 from RuleAudienceLine l where l.ruleId = :ruleId and l.kind = 'ROLE' and l.jobRole = e.jobRole))
        """;

    /** The day a person joined (the start of their posts in the audience), or the rule's making for those already there. */
    String JOINED = "(case when min(e.period.validFrom) > :since then min(e.period.validFrom) else cast(:since as LocalDate) end)";

    /**
     * The people to assign: in the audience, not yet claimed by this rule (a hand-cancelled assignment of the rule
     * stays cancelled while they stay), with no open assignment of the course (a hand-made one counts); their latest
     * completion of the course since {@code :windowStart} counts at once.
     */
    String TO_ASSIGN = """
        from StaffPost e
        left join CompletionRecord cc on cc.personId = e.personId and cc.courseId = :courseId and cc.completedOn >= :windowStart
        where """ + IN_AUDIENCE + """
          and (:allPeople = true or e.personId in :people)
          and not exists (select 1 from Assignment x where x.personId = e.personId and x.courseId = :courseId and x.cancelledOn is null)
          and not exists (select 1 from Assignment x where x.personId = e.personId and x.ruleId = :ruleId and x.ruleLeftOn is null)
        group by e.personId
        """;

    @Query("select r from AssignmentRule r where r.endedOn is null order by r.id")
    List<AssignmentRule> live();

    @Query("select r from AssignmentRule r where r.id = :id")
    AssignmentRule rule(@Param("id") long id);

    /** Assigns a course taken once to everyone the rule has not reached yet. @return how many */
    @Modifying
    @Query("""
        insert into Assignment (personId, courseId, dueOn, required, refreshMonths, assignedOn, completedOn, ruleId, ruleJoinedOn, version)
        select e.personId, cast(:courseId as Long), """ + JOINED + """
                + (:dueDays) day, cast(:required as Boolean), cast(null as Integer), cast(:day as LocalDate), max(cc.completedOn),
               cast(:ruleId as Long), """ + JOINED + ", 0 " + TO_ASSIGN)
    int assignOnce(@Param("ruleId") long ruleId, @Param("courseId") long courseId, @Param("dueDays") int dueDays,
                   @Param("required") boolean required, @Param("since") LocalDate since, @Param("day") LocalDate day,
                   @Param("windowStart") LocalDate windowStart, @Param("allPeople") boolean allPeople,
                   @Param("people") Collection<Long> people);

    /** As {@link #assignOnce}, for a certification valid {@code months} (as {@code AssignmentRepository#assignRecurring}). */
    @Modifying
    @Query("""
        insert into Assignment (personId, courseId, dueOn, required, refreshMonths, renewalWindowDays, assignedOn, completedOn, expiresOn,
                                renewalOpensOn, ruleId, ruleJoinedOn, version)
        select e.personId, cast(:courseId as Long), """ + JOINED + """
                + (:dueDays) day, cast(:required as Boolean), cast(:months as Integer), cast(:windowDays as Integer),
               cast(:day as LocalDate), max(cc.completedOn), max(cc.completedOn) + (:months) month,
               max(cc.completedOn) + (:months) month - (:windowDays) day, cast(:ruleId as Long), """ + JOINED + ", 0 " + TO_ASSIGN)
    int assignRecurring(@Param("ruleId") long ruleId, @Param("courseId") long courseId, @Param("dueDays") int dueDays,
                        @Param("required") boolean required, @Param("months") int months, @Param("windowDays") int windowDays,
                        @Param("since") LocalDate since, @Param("day") LocalDate day, @Param("windowStart") LocalDate windowStart,
                        @Param("allPeople") boolean allPeople, @Param("people") Collection<Long> people);

    /**
     * Ends the rule's claim on everyone who has left its audience by {@code day}: the day is kept, and an assignment
     * not completed is cancelled that day (a completed one stays: the completion stands). @return how many
     */
    @Modifying
    @Query("""
        update Assignment a set a.ruleLeftOn = :day,
            a.cancelledOn = case when a.cancelledOn is not null then a.cancelledOn
                                 when a.completedOn is not null then null
                                 when a.assignedOn > :day then a.assignedOn else :day end
        where a.ruleId = :ruleId and a.ruleLeftOn is null and (:allPeople = true or a.personId in :people)
          and not exists (select 1 from StaffPost e where e.personId = a.personId and """ + IN_AUDIENCE + ")")
    int endClaims(@Param("ruleId") long ruleId, @Param("day") LocalDate day, @Param("allPeople") boolean allPeople,
                  @Param("people") Collection<Long> people);

    /** Someone whose completed assignment the rule let go of is back in its audience: claimed again. @return how many */
    @Modifying
    @Query("""
        update Assignment a set a.ruleLeftOn = null
        where a.ruleId = :ruleId and a.ruleLeftOn is not null and a.cancelledOn is null and (:allPeople = true or a.personId in :people)
          and exists (select 1 from StaffPost e where e.personId = a.personId and """ + IN_AUDIENCE + ")")
    int reclaim(@Param("ruleId") long ruleId, @Param("day") LocalDate day, @Param("allPeople") boolean allPeople,
                @Param("people") Collection<Long> people);
}
