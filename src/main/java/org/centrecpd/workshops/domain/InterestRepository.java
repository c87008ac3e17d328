package org.centrecpd.workshops.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.courses.CourseKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Interest in workshops with no dated session. */
@ScopedData
public interface InterestRepository extends JpaRepository<Interest, Long> {

    Optional<Interest> findByCourseIdAndPersonId(long courseId, long personId);

    /**
     * Published workshops with no session for the person to book: none not cancelled, ending after {@code from}, for a
     * centre they work at on {@code day}. Each says whether the person is waiting to hear of one.
     */
    @Query("""
        select new org.centrecpd.workshops.domain.UndatedWorkshop(c.id, c.slug, v.title,
            case when exists (select 1 from Interest i where i.courseId = c.id and i.personId = :personId and i.notifiedAt is null)
                 then true else false end)
        from CourseListing c join c.current v
        where v.kind = :kind and not exists (select 1 from WorkshopSession s where s.courseId = c.id and s.cancelledOn is null
            and s.endsAt >= :from and exists (select 1 from StaffPost e where e.personId = :personId and e.centreId = s.centreId
                and in_force(e.period.validFrom, e.period.validTo, :day)))
        order by v.title, c.id""")
    List<UndatedWorkshop> undated(@Param("personId") long personId, @Param("kind") CourseKind kind, @Param("from") LocalDateTime from,
                                  @Param("day") java.time.LocalDate day);

    /** Who waits to hear of a session of the course and works at its centre on {@code day}: those it is for. */
    @Query("""
        select i from Interest i where i.courseId = :courseId and i.notifiedAt is null
          and exists (select 1 from StaffPost e where e.personId = i.personId and e.centreId = :centreId
              and in_force(e.period.validFrom, e.period.validTo, :day))
        order by i.id""")
    List<Interest> waitingAt(@Param("courseId") long courseId, @Param("centreId") long centreId, @Param("day") java.time.LocalDate day);
}
