package org.centrecpd.workshops.domain;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.workshops.domain.CourseChoice;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.domain.SessionRow;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Sessions. Courses, centres and people are joined in the database through the read models those modules
 * publish ({@code courses.CourseListing}, {@code organisation.CentreName}, {@code StaffName}, {@code StaffPost}),
 * never their internal entities (ModuleQueriesTest).
 */
@ScopedData
public interface SessionRepository extends JpaRepository<WorkshopSession, Long> {

    String ROW = """
        select new org.centrecpd.workshops.domain.SessionRow(s.id, c.slug, v.title, s.centreId, ce.name, s.startsAt, s.endsAt,
            vc.name, s.venueAddress, s.onlineLink, s.capacity, s.booked,
            (select count(w) from Booking w where w.sessionId = s.id and w.status = org.centrecpd.workshops.domain.BookingStatus.WAITLISTED),
            s.cancelledOn, s.cancelReason, s.notes)
        from WorkshopSession s join CourseListing c on c.id = s.courseId join c.current v join CentreName ce on ce.id = s.centreId
        left join CentreName vc on vc.id = s.venueCentreId
        """;

    /** Sessions for centres in scope that end after {@code from}, soonest first (cancelled ones too, marked). */
    @Query(ROW + " where s.endsAt >= :from and " + CentreScope.COVERS + "s.centreId" + CentreScope.COVERS_END
        + " order by s.startsAt, s.id")
    List<SessionRow> upcoming(@Param("scope") CentreScope scope, @Param("from") LocalDateTime from);

    /** One session, if its centre is in scope. */
    @Query(ROW + " where s.id = :id and " + CentreScope.COVERS + "s.centreId" + CentreScope.COVERS_END)
    Optional<SessionRow> row(@Param("scope") CentreScope scope, @Param("id") long id);

    /** Sessions a person facilitates (whatever the scope: the facilitator may come from elsewhere), from a day on. */
    @Query(ROW + " where s.endsAt >= :from and :personId member of s.facilitators order by s.startsAt, s.id")
    List<SessionRow> facilitatedBy(@Param("personId") long personId, @Param("from") LocalDateTime from);

    @Query(ROW + " where s.id = :id")
    Optional<SessionRow> rowOf(@Param("id") long id);

    /** Sessions ending after {@code from} that the person is (or was) booked on, waiting for, or facilitates. */
    @Query(ROW + " where s.endsAt >= :from and (exists (select 1 from Booking b where b.sessionId = s.id and b.personId = :personId)"
        + " or :personId member of s.facilitators) order by s.startsAt, s.id")
    List<SessionRow> inCalendarOf(@Param("personId") long personId, @Param("from") LocalDateTime from);

    /** The version of each session (its calendar SEQUENCE follows it). */
    @Query("select s.id, s.version from WorkshopSession s where s.id in :ids")
    List<Object[]> versions(@Param("ids") java.util.Collection<Long> ids);

    /**
     * The session's row, locked until the transaction ends: every booking, cancellation and change
     * of a session takes this lock first, so they happen one after another and the queue keeps order.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from WorkshopSession s where s.id = :id")
    Optional<WorkshopSession> lock(@Param("id") long id);

    /** Does the signed-in user oversee this centre as an improvement partner (not merely work there)? */
    @Query("select count(ce) > 0 from CentreName ce where ce.id = :centreId and ce.id" + CentreScope.OVERSEEN)
    boolean oversees(@Param("scope") CentreScope scope, @Param("centreId") long centreId);

    /** Published workshop courses, by title. */
    @Query("""
        select new org.centrecpd.workshops.domain.CourseChoice(c.id, c.slug, v.title, v.cpdHours)
        from CourseListing c join c.current v where v.kind = :kind order by v.title, c.id""")
    List<CourseChoice> coursesOfKind(@Param("kind") CourseKind kind);

    /** Who may facilitate a session at a centre: the people working there today. */
    @Query("""
        select distinct new org.centrecpd.workshops.domain.PersonChoice(p.id, p.fullName)
        from StaffPost e join StaffName p on p.id = e.personId
        where e.centreId = :centreId and in_force(e.period.validFrom, e.period.validTo, :#{#scope.day})
          and """ + CentreScope.COVERS + "e.centreId" + CentreScope.COVERS_END + """
        order by p.fullName""")
    List<PersonChoice> staffAt(@Param("scope") CentreScope scope, @Param("centreId") long centreId);

    @Query("select new org.centrecpd.workshops.domain.PersonChoice(p.id, p.fullName) from StaffName p where p.id in :ids order by p.fullName")
    List<PersonChoice> people(@Param("ids") java.util.Collection<Long> ids);

    /** The centres in scope, for the venue and request pickers. */
    @Query("""
        select new org.centrecpd.workshops.domain.PersonChoice(ce.id, ce.name) from CentreName ce
        where """ + CentreScope.COVERS + "ce.id" + CentreScope.COVERS_END + " order by ce.name, ce.id")
    List<PersonChoice> centres(@Param("scope") CentreScope scope);

    /** A centre in scope, for its address (the default venue of a session there). */
    @Query("select ce from CentreName ce where ce.id = :centreId and " + CentreScope.COVERS + "ce.id" + CentreScope.COVERS_END)
    Optional<org.centrecpd.organisation.CentreName> centre(@Param("scope") CentreScope scope, @Param("centreId") long centreId);
}
