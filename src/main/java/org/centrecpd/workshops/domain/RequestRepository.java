package org.centrecpd.workshops.domain;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.workshops.domain.RequestRow;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Workshop requests from centres, with the centre's name, the course's title and the requester's name read
 * through what organisation, courses and security publish ({@code CentreName}, {@code CourseListing},
 * {@code SignInName}).
 */
@ScopedData
public interface RequestRepository extends JpaRepository<WorkshopRequest, Long> {

    String ROW = """
        select new org.centrecpd.workshops.domain.RequestRow(r.id, r.centreId, ce.name, c.slug, v.title, u.displayName, r.requestedOn,
            r.preferredDates, r.expectedPeople, r.whatChanges, r.status, r.declineReason, r.decidedOn, r.sessionId,
            (select count(i) from Interest i where i.courseId = r.courseId and i.notifiedAt is null and exists (select 1 from StaffPost e
                where e.personId = i.personId and e.centreId = r.centreId and in_force(e.period.validFrom, e.period.validTo, :#{#scope.day}))))
        from WorkshopRequest r join CentreName ce on ce.id = r.centreId join CourseListing c on c.id = r.courseId join c.current v
        join SignInName u on u.id = r.requestedBy
        """;

    /** Requests for centres in scope: open ones first, then newest first. */
    @Query(ROW + " where " + CentreScope.COVERS + "r.centreId" + CentreScope.COVERS_END + """
        order by case when r.status = org.centrecpd.workshops.domain.RequestStatus.OPEN then 0 else 1 end, r.requestedOn desc, r.id desc""")
    List<RequestRow> inScope(@Param("scope") CentreScope scope);

    @Query(ROW + " where r.id = :id and " + CentreScope.COVERS + "r.centreId" + CentreScope.COVERS_END)
    Optional<RequestRow> row(@Param("scope") CentreScope scope, @Param("id") long id);
}
