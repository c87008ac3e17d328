package org.centrecpd.workshops;

import org.centrecpd.base.PeriodFunctions;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo workshops, only with the demo profile, after the organisation, the courses and the training
 * (orders 10-30), and only on a database with no session yet. At Ashbrook (the demo manager's centre)
 * two sessions of "Managing change" run by the demo partner: one in two weeks with places left and
 * three colleagues booked; one in five weeks that is full, with two people waiting. Bramley's manager
 * has asked for a workshop, which waits for the partner's answer. The demo practitioner is booked on
 * nothing, so that booking can be tried. Dates are relative to today. Behind them, a year of sessions held, with
 * attendance and no-shows ({@link WorkshopsDemoHistory}).
 */
@Component
@Order(40)
@Profile("demo")
class WorkshopsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WorkshopsDemoData.class);
    private static final String ASHBROOK = "Ashbrook Children's Centre";
    private static final String BRAMLEY = "Bramley Children's Centre";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkshopsDemoData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from workshop_session", Integer.class);
        List<Long> course = jdbc.queryForList("select id from course where slug = 'managing-change' and current_version_id is not null",
            Long.class);
        List<Long> ashbrook = jdbc.queryForList("select id from centre where name = ?", Long.class, ASHBROOK);
        List<Long> partner = jdbc.queryForList("select person_id from user_account where username = 'partner@demo.centrecpd.example'",
            Long.class);
        if (existing == null || existing > 0 || course.isEmpty() || ashbrook.isEmpty() || partner.isEmpty() || partner.get(0) == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long centre = ashbrook.get(0);
        List<Long> staff = jdbc.queryForList("""
            select e.person_id from employment e join person p on p.id = e.person_id
             where e.centre_id = ? and """ + PeriodFunctions.inForceSql("e.start_date", "e.end_date", "?") + """
               and not exists (select 1 from user_account u where u.person_id = p.id)
             order by p.full_name""", Long.class, centre, Date.valueOf(today), Date.valueOf(today));
        long soon = session(course.get(0), centre, today.plusDays(14), 12, partner.get(0),
            "Bring your centre's timeline of the changes and one question your families are asking.");
        long full = session(course.get(0), centre, today.plusDays(35), 4, partner.get(0),
            "A second session for the staff who could not come to the first.");
        int bookings = 0;
        for (int i = 0; i < Math.min(3, staff.size()); i++) {
            bookings += book(soon, staff.get(i), "BOOKED");
        }
        for (int i = 3; i < Math.min(9, staff.size()); i++) {
            bookings += book(full, staff.get(i), i < 7 ? "BOOKED" : "WAITLISTED");
        }
        long started = System.nanoTime();
        int[] history = new WorkshopsDemoHistory(jdbc).write(today, partner.get(0));
        long historyMillis = (System.nanoTime() - started) / 1_000_000;
        jdbc.update("update workshop_session s set booked = (select count(*) from workshop_booking b where b.session_id = s.id and b.status = 'BOOKED')");
        List<Long> bramley = jdbc.queryForList("select id from centre where name = ?", Long.class, BRAMLEY);
        List<Long> priya = jdbc.queryForList("select id from user_account where username = 'manager2@demo.centrecpd.example'", Long.class);
        if (!bramley.isEmpty() && !priya.isEmpty()) {
            jdbc.update("""
                insert into workshop_request (centre_id, course_id, requested_by, requested_on, preferred_dates, expected_people,
                                              what_changes, status)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN')""", bramley.get(0), course.get(0), priya.get(0), Date.valueOf(today.minusDays(2)),
                "Any Tuesday or Thursday morning next month", 14,
                "Bramley joins the Riverside group in April and the lead agency changes. Staff transfer under TUPE, and "
                    + "families are asking whether the stay-and-play sessions will carry on.");
        }
        log.info("Demo workshops: 2 sessions, {} bookings, 1 request; a year of history: {} sessions held, {} bookings, "
            + "{} no-shows in {} ms", bookings, history[0], history[1], history[2], historyMillis);
    }

    private long session(long course, long centre, LocalDate day, int capacity, long facilitator, String notes) {
        jdbc.update("""
            insert into workshop_session (course_id, centre_id, starts_at, ends_at, venue_centre_id, venue_address, capacity, notes)
            values (?, ?, ?, ?, ?, 'Community room', ?, ?)""", course, centre, Timestamp.valueOf(LocalDateTime.of(day, LocalTime.of(9, 30))),
            Timestamp.valueOf(LocalDateTime.of(day, LocalTime.of(13, 0))), centre, capacity, notes);
        long id = jdbc.queryForObject("select max(id) from workshop_session", Long.class);
        jdbc.update("insert into workshop_facilitator (session_id, person_id) values (?, ?)", id, facilitator);
        return id;
    }

    private int book(long session, long person, String status) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.update("""
            insert into workshop_booking (session_id, person_id, status, queue_no, created_at, changed_at)
            values (?, ?, ?, nextval('workshop_queue_seq'), ?, ?)""", session, person, status, Timestamp.valueOf(now),
            Timestamp.valueOf(now));
    }
}
