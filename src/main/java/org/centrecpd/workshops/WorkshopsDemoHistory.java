package org.centrecpd.workshops;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.centrecpd.base.PeriodFunctions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of workshops held: "Early language and home learning" ran about once a month at Eastmoor centres, run by
 * the demo partner; each session's register says who came and who did not (no-shows), and everyone who came has
 * the course completion attending makes, linked to the booking as the register would link it. Fixed seed, dates
 * relative to today, JDBC batches and one statement each for the completions and their links.
 */
final class WorkshopsDemoHistory {

    private static final long SEED = 20261207L;
    static final String COURSE = "early-language-and-home-learning";

    private final JdbcTemplate jdbc;

    WorkshopsDemoHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns {sessions, bookings, no-shows}. */
    int[] write(LocalDate today, long facilitator) {
        List<Long> course = jdbc.queryForList("select id from course where slug = ? and current_version_id is not null", Long.class, COURSE);
        if (course.isEmpty()) {
            return new int[3];
        }
        Random random = new Random(SEED);
        List<Long> centres = jdbc.queryForList("""
            select c.id from centre c join local_authority la on la.id = c.local_authority_id
             where la.name = 'Eastmoor County Council' order by c.id""", Long.class);
        List<Object[]> bookings = new ArrayList<>();
        Set<Long> booked = new HashSet<>();
        int sessions = 0;
        int absent = 0;
        for (int month = 11; month >= 1; month--) {
            long centre = centres.get(random.nextInt(centres.size()));
            LocalDate day = today.minusMonths(month).plusDays(random.nextInt(20));
            LocalDateTime start = LocalDateTime.of(day, LocalTime.of(9, 30));
            jdbc.update("""
                insert into workshop_session (course_id, centre_id, starts_at, ends_at, venue_centre_id, venue_address, capacity, notes)
                values (?, ?, ?, ?, ?, 'Community room', 14, 'Part of the year''s programme.')""", course.get(0), centre,
                Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(4)), centre);
            long session = jdbc.queryForObject("select max(id) from workshop_session", Long.class);
            jdbc.update("insert into workshop_facilitator (session_id, person_id) values (?, ?)", session, facilitator);
            sessions++;
            List<Long> staff = jdbc.queryForList("""
                select e.person_id from employment e where e.centre_id = ? and """
                + PeriodFunctions.inForceSql("e.start_date", "e.end_date", "?") + """
                 and not exists (select 1 from user_account u where u.person_id = e.person_id) order by e.person_id""",
                Long.class, centre, Date.valueOf(day), Date.valueOf(day));
            int places = 8 + random.nextInt(7);
            for (Long person : staff) {
                if (places == 0) {
                    break;
                }
                if (!booked.add(person)) {
                    continue;
                }
                places--;
                boolean came = random.nextInt(6) > 0;
                absent += came ? 0 : 1;
                Timestamp madeAt = Timestamp.valueOf(start.minusDays(10 + random.nextInt(20)));
                bookings.add(new Object[]{session, person, madeAt, Timestamp.valueOf(start.plusHours(4)), came ? "ATTENDED" : "ABSENT"});
            }
        }
        jdbc.batchUpdate("""
            insert into workshop_booking (session_id, person_id, status, queue_no, created_at, changed_at, attendance)
            values (?, ?, 'BOOKED', nextval('workshop_queue_seq'), ?, ?, ?)""", bookings);
        jdbc.update("""
            insert into course_completion (person_id, course_id, course_version_id, version_number, completed_on, cpd_hours)
            select b.person_id, co.id, co.current_version_id, v.version_number, cast(s.starts_at as date), v.cpd_hours
              from workshop_booking b join workshop_session s on s.id = b.session_id join course co on co.id = s.course_id
              join course_version v on v.id = co.current_version_id
             where b.attendance = 'ATTENDED' and co.slug = '""" + COURSE + "'");
        jdbc.update("""
            update workshop_booking set completion_id = (
                select cc.id from course_completion cc join workshop_session s on s.id = workshop_booking.session_id
                 where cc.person_id = workshop_booking.person_id and cc.course_id = s.course_id and cc.completed_on = cast(s.starts_at as date))
             where attendance = 'ATTENDED' and completion_id is null""");
        return new int[]{sessions, bookings.size(), absent};
    }
}
