package org.centrecpd.training.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Rules that assign, as their readers see them. A rule belongs to a scope when every place its audience names
 * has a centre in that scope today and none outside it ({@link #VISIBLE}): who may make a rule may see, change
 * and end it, and a rule of another scope answers "not found".
 */
@ScopedData
public interface AssignmentRuleRepository extends JpaRepository<AssignmentRule, Long> {

    /** Centre {@code c} is one that audience line {@code l} names, on {@code :#{#scope.day}} (query language). */
    String LINE_NAMES_CENTRE = """
        ((l.kind = 'CENTRE' and c.id = l.targetId)
         or (l.kind = 'AUTHORITY' and c.localAuthorityId = l.targetId)
         or (l.kind in ('PROVIDER', 'GROUP') and exists (select 1 from CentreCommission cm where cm.centreId = c.id
               and in_force(cm.period.validFrom, cm.period.validTo, :#{#scope.day})
               and ((l.kind = 'PROVIDER' and cm.providerId = l.targetId) or (l.kind = 'GROUP' and cm.groupId = l.targetId)))))""";

    /** {@link #LINE_NAMES_CENTRE} on {@code :day}, for queries that have no scope. */
    String LINE_NAMES_CENTRE_ON_DAY = """
        ((l.kind = 'CENTRE' and c.id = l.targetId)
         or (l.kind = 'AUTHORITY' and c.localAuthorityId = l.targetId)
         or (l.kind in ('PROVIDER', 'GROUP') and exists (select 1 from CentreCommission cm where cm.centreId = c.id
               and in_force(cm.period.validFrom, cm.period.validTo, :day)
               and ((l.kind = 'PROVIDER' and cm.providerId = l.targetId) or (l.kind = 'GROUP' and cm.groupId = l.targetId)))))""";

    /** Rule {@code r} belongs to the scope: it names a place, and each place it names has centres, all in the scope. */
    String VISIBLE = " " + """
        exists (select 1 from RuleAudienceLine l where l.ruleId = r.id and l.kind <> 'ROLE')
        and not exists (select 1 from RuleAudienceLine l where l.ruleId = r.id and l.kind <> 'ROLE'
            and not exists (select 1 from CentreName c where """ + LINE_NAMES_CENTRE + " and " + CentreScope.COVERS + "c.id"
        + CentreScope.COVERS_END + """
            ))
        and not exists (select 1 from RuleAudienceLine l, CentreName c where l.ruleId = r.id and """ + LINE_NAMES_CENTRE + """
            and not """ + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END + ")";

    @Query("select count(r) > 0 from AssignmentRule r where r.id = :id and " + VISIBLE)
    boolean visible(@Param("scope") CentreScope scope, @Param("id") long id);

    /** The rules of the scope, live ones first, with how many people each claims today. */
    @Query("""
        select new org.centrecpd.training.domain.RuleRow(r.id, c.slug, v.title, r.dueDays, r.required, r.refreshMonths, r.createdOn,
            r.endedOn, (select count(a) from Assignment a where a.ruleId = r.id and a.ruleLeftOn is null and a.cancelledOn is null))
        from AssignmentRule r join CourseListing c on c.id = r.courseId join c.current v
        where """ + VISIBLE + """
        order by case when r.endedOn is null then 0 else 1 end, v.title, r.id""")
    List<RuleRow> rows(@Param("scope") CentreScope scope);

    @Query("""
        select new org.centrecpd.training.domain.RuleRow(r.id, c.slug, v.title, r.dueDays, r.required, r.refreshMonths, r.createdOn,
            r.endedOn, (select count(a) from Assignment a where a.ruleId = r.id and a.ruleLeftOn is null and a.cancelledOn is null))
        from AssignmentRule r join CourseListing c on c.id = r.courseId join c.current v where r.id = :id""")
    RuleRow row(@Param("id") long id);

    @Query("select l from RuleAudienceLine l where l.ruleId = :id order by l.kind, l.targetId, l.jobRole")
    List<RuleAudienceLine> audience(@Param("id") long id);

    /** The name of each place of a rule's audience (kind, id, name), for its page. */
    @Query("""
        select l.kind, l.targetId, coalesce((select c.name from CentreName c where l.kind = 'CENTRE' and c.id = l.targetId),
            (select g.name from GroupName g where l.kind = 'GROUP' and g.id = l.targetId),
            (select p.name from ProviderName p where l.kind = 'PROVIDER' and p.id = l.targetId),
            (select la.name from AuthorityName la where l.kind = 'AUTHORITY' and la.id = l.targetId))
        from RuleAudienceLine l where l.ruleId = :id and l.kind <> 'ROLE' order by l.kind, l.targetId""")
    List<Object[]> placeNames(@Param("id") long id);

    @Modifying
    @Query("delete from RuleAudienceLine l where l.ruleId = :id")
    void clearAudience(@Param("id") long id);

    /** Everyone a rule reached, newest first: who, when they joined, when assigned, where it stands on {@code day}. */
    @Query("""
        select new org.centrecpd.training.domain.RuleReach(a.id, a.personId, p.fullName, a.ruleJoinedOn, a.assignedOn, a.dueOn,
            a.ruleLeftOn, a.cancelledOn, a.completedOn, """ + org.centrecpd.training.TrainingStatus.SQL + """
            )
        from Assignment a join StaffName p on p.id = a.personId
        where a.ruleId = :id
        order by a.assignedOn desc, p.fullName, a.id""")
    List<RuleReach> reach(@Param("id") long id, @Param("day") LocalDate day);

    @Query("select c.id, c.name from CentreName c where " + CentreScope.COVERS + "c.id" + CentreScope.COVERS_END + " order by c.name, c.id")
    List<Object[]> centreChoices(@Param("scope") CentreScope scope);

    /** Groups whose centres today are all in the scope (and are some). */
    @Query("""
        select g.id, g.name from GroupName g
        where exists (select 1 from CentreCommission cm where cm.groupId = g.id and in_force(cm.period.validFrom, cm.period.validTo, :#{#scope.day}))
          and not exists (select 1 from CentreCommission cm where cm.groupId = g.id
              and in_force(cm.period.validFrom, cm.period.validTo, :#{#scope.day}) and not """ + CentreScope.COVERS + "cm.centreId"
        + CentreScope.COVERS_END + """
            )
        order by g.name, g.id""")
    List<Object[]> groupChoices(@Param("scope") CentreScope scope);

    /** Providers whose centres today are all in the scope (and are some). */
    @Query("""
        select p.id, p.name from ProviderName p
        where exists (select 1 from CentreCommission cm where cm.providerId = p.id and in_force(cm.period.validFrom, cm.period.validTo, :#{#scope.day}))
          and not exists (select 1 from CentreCommission cm where cm.providerId = p.id
              and in_force(cm.period.validFrom, cm.period.validTo, :#{#scope.day}) and not """ + CentreScope.COVERS + "cm.centreId"
        + CentreScope.COVERS_END + """
            )
        order by p.name, p.id""")
    List<Object[]> providerChoices(@Param("scope") CentreScope scope);

    /** Authorities whose centres are all in the scope (and are some). */
    @Query("""
        select la.id, la.name from AuthorityName la
        where exists (select 1 from CentreName c where c.localAuthorityId = la.id)
          and not exists (select 1 from CentreName c where c.localAuthorityId = la.id and not """ + CentreScope.COVERS + "c.id"
        + CentreScope.COVERS_END + """
            )
        order by la.name, la.id""")
    List<Object[]> authorityChoices(@Param("scope") CentreScope scope);
}
