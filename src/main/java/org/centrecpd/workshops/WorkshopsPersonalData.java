package org.centrecpd.workshops;

import java.util.List;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.DataSubject;
import org.centrecpd.base.privacy.Due;
import org.centrecpd.base.privacy.LawfulBasis;
import org.centrecpd.base.privacy.PersonalData;
import org.centrecpd.base.privacy.RetentionClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Workshop bookings, the waitlist and the attendance register. Attending completes the course, and the completion
 * (courses) is the evidence kept; the bookings themselves go 6 months after leaving. Evaluation answers are
 * anonymous (V18): a copy says only which forms were answered, never what.
 */
@Component
class WorkshopsPersonalData implements PersonalData {

    static final DataKind BOOKINGS = new DataKind("workshops-bookings", "Workshop bookings and attendance",
        "To give you a place, keep the waitlist in order and record who attended", LawfulBasis.PUBLIC_TASK,
        "You; the session's facilitator and organiser; your line managers; admins",
        "Database: workshop_booking, workshop_evaluation_given (answers are anonymous)",
        RetentionClock.AFTER_LEAVING, 6, DataKind.Disposal.DELETE, null);

    static final DataKind FACILITATING = new DataKind("workshops-facilitating", "Workshops you facilitated",
        "To give facilitators the register and the course's material, and to show who delivered the training",
        LawfulBasis.PUBLIC_TASK, "Everyone booked on the session; its organisers; admins", "Database: workshop_facilitator",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.DELETE,
        "Who delivered a session is part of the evidence of the training its attendees completed (6 years after leaving by default)");

    static final DataKind INTEREST = new DataKind("workshops-interest", "Workshops you asked to hear about, and places you reserved",
        "To tell you when a session of a workshop you are waiting for is scheduled, and, as a manager, when places you reserved"
            + " for your centre are released unused", LawfulBasis.PUBLIC_TASK, "You; admins",
        "Database: workshop_interest, workshop_reservation (the manager who reserved)",
        RetentionClock.AFTER_LEAVING, 6, DataKind.Disposal.DELETE, null);

    private final JdbcClient jdbc;

    WorkshopsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(BOOKINGS, FACILITATING, INTEREST);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        List<List<Object>> rows = jdbc.sql("""
                select v.title, s.starts_at, b.status, coalesce(b.attendance, ''), b.created_at,
                       case when exists (select 1 from workshop_evaluation_given g where g.booking_id = b.id) then 'yes' else 'no' end
                  from workshop_booking b join workshop_session s on s.id = b.session_id
                  join course c on c.id = s.course_id join course_version v on v.id = c.current_version_id
                 where b.person_id = :id order by s.starts_at, b.id""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toString(), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toLocalDateTime().toString(), rs.getString(6)))
            .list();
        List<List<Object>> ran = jdbc.sql("""
                select v.title, s.starts_at from workshop_facilitator f join workshop_session s on s.id = f.session_id
                  join course c on c.id = s.course_id join course_version v on v.id = c.current_version_id
                 where f.person_id = :id order by s.starts_at""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toString()))
            .list();
        List<List<Object>> waiting = jdbc.sql("""
                select v.title, i.registered_at, i.notified_at from workshop_interest i
                  join course c on c.id = i.course_id join course_version v on v.id = c.current_version_id
                 where i.person_id = :id order by i.registered_at, i.id""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toString(),
                rs.getTimestamp(3) == null ? "" : rs.getTimestamp(3).toLocalDateTime().toString()))
            .list();
        return List.of(new Table("Workshops", List.of("Workshop", "Starts", "Booking", "Attendance", "Booked at",
            "Evaluation answered"), rows), new Table("Workshops you facilitated", List.of("Workshop", "Starts"), ran),
            new Table("Workshops you asked to hear about", List.of("Workshop", "Asked at", "Told at"), waiting));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (due.people().isEmpty()) {
            return 0;
        }
        if (kind.key().equals(FACILITATING.key())) {
            var spec = jdbc.sql((apply ? "delete" : "select count(*)") + " from workshop_facilitator where person_id in (:people)")
                .param("people", due.people());
            return apply ? spec.update() : spec.query(Long.class).single();
        }
        if (kind.key().equals(INTEREST.key())) {
            var spec = jdbc.sql((apply ? "delete" : "select count(*)") + " from workshop_interest where person_id in (:people)")
                .param("people", due.people());
            if (apply) {
                jdbc.sql("update workshop_reservation set manager_id = null where manager_id in (:people)").param("people", due.people())
                    .update();
            }
            return apply ? spec.update() : spec.query(Long.class).single();
        }
        if (!apply) {
            return jdbc.sql("select count(*) from workshop_booking where person_id in (:people)").param("people", due.people())
                .query(Long.class).single();
        }
        // A place held by the person is given back, as a cancellation would (the waitlist moves up when next booked).
        jdbc.sql("""
                update workshop_session set booked = booked - (select count(*) from workshop_booking b
                 where b.session_id = workshop_session.id and b.person_id in (:people) and b.status = 'BOOKED')
                 where id in (select session_id from workshop_booking where person_id in (:people) and status = 'BOOKED')""")
            .param("people", due.people()).update();
        jdbc.sql("delete from workshop_evaluation_given where booking_id in (select id from workshop_booking where person_id in (:people))")
            .param("people", due.people()).update();
        return jdbc.sql("delete from workshop_booking where person_id in (:people)").param("people", due.people()).update();
    }
}
