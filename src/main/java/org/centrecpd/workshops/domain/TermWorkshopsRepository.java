package org.centrecpd.workshops.domain;

import java.time.LocalDateTime;
import org.centrecpd.base.ScopedData;
import org.centrecpd.workshops.WorkshopFigures;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** A centre's workshop sessions that started in {@code [from, to)} and their bookings, counted in one statement. */
@ScopedData
public interface TermWorkshopsRepository extends Repository<WorkshopSession, Long> {

    @Query("""
        select new org.centrecpd.workshops.WorkshopFigures(count(distinct s.id),
            coalesce(sum(case when b.status = :booked then 1 else 0 end), 0),
            coalesce(sum(case when b.status = :booked and b.attendance = :attended then 1 else 0 end), 0),
            coalesce(sum(case when b.status = :booked and b.attendance = :absent then 1 else 0 end), 0))
        from WorkshopSession s left join Booking b on b.sessionId = s.id
        where s.centreId = :centreId and s.cancelledOn is null and s.startsAt >= :from and s.startsAt < :to""")
    WorkshopFigures figures(@Param("centreId") long centreId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                            @Param("booked") BookingStatus booked, @Param("attended") Attendance attended,
                            @Param("absent") Attendance absent);
}
