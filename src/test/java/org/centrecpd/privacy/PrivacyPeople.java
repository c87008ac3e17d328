package org.centrecpd.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.Fixture;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An authority of the test's own with a centre, its manager, two practitioners (Ada and Ben) and an admin, and
 * something of each kind every module holds about Ada and Ben: journal entries shared with the manager and
 * feedback on them, supervision notes, a course started and one completed with its certificate, an assignment,
 * a workshop booking, an audit line. Each has words no one else's rows have, so a copy can be checked for what
 * it must hold and for what it must not.
 */
public final class PrivacyPeople {

    public final Fixture org;
    public final long centre;
    public final Fixture.Login manager;
    public final Fixture.Login ada;
    public final Fixture.Login ben;
    public final Fixture.Login admin;
    private final JdbcTemplate jdbc;

    public PrivacyPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.org = new Fixture(jdbc, "Privacyshire");
        long provider = org.provider("Lead");
        centre = org.centre("Willow");
        org.arrangement(centre, provider, null, Fixture.SINCE, null);
        manager = org.login("Mo Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        ada = org.login("Ada Private", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        ben = org.login("Ben Other", Role.PRACTITIONER, centre, JobRole.OUTREACH_WORKER);
        admin = org.login("Alex Admin", Role.ADMIN, null, JobRole.FAMILY_SUPPORT_WORKER);
        holdings(ada.personId(), ada.email(), "Ada");
        holdings(ben.personId(), ben.email(), "Ben");
    }

    /** Rows of every kind about {@code person}, their words marked with {@code who}. */
    public void holdings(long person, String email, String who) {
        long entry = entry(person, who + " reflects on a hard day with the Parkers");
        jdbc.update("insert into journal_section (entry_id, section_key, body) values (?, 'WHAT', ?)", entry, who + " section about what happened");
        jdbc.update("insert into journal_share (entry_id, manager_id, manager_name, shared_at) values (?, ?, 'Mo Manager', ?)",
            entry, manager.personId(), Timestamp.valueOf(LocalDateTime.of(2025, 3, 2, 10, 0)));
        jdbc.update("insert into journal_read (entry_id, reader_id, reader_name, read_at) values (?, ?, 'Mo Manager', ?)",
            entry, manager.personId(), Timestamp.valueOf(LocalDateTime.of(2025, 3, 3, 10, 0)));
        jdbc.update("insert into journal_feedback (entry_id, author_id, author_name, body, written_at) values (?, ?, 'Mo Manager', ?, ?)",
            entry, manager.personId(), "Feedback for " + who + ": well noticed", Timestamp.valueOf(LocalDateTime.of(2025, 3, 4, 10, 0)));
        jdbc.update("insert into supervision_note (staff_id, manager_id, manager_name, meeting_date, notes, agreed_actions, written_at) "
            + "values (?, ?, 'Mo Manager', ?, ?, ?, ?)", person, manager.personId(), Date.valueOf(LocalDate.of(2025, 3, 5)),
            "Supervision of " + who + " went well", who + " will read the policy", Timestamp.valueOf(LocalDateTime.of(2025, 3, 5, 16, 0)));
        long course = org.course("managing-change");
        jdbc.update("insert into course_progress (person_id, course_id, version_number, started_at, last_opened_at) values (?, ?, 1, ?, ?)",
            person, org.course("core-purpose"), Timestamp.valueOf(LocalDateTime.of(2025, 1, 1, 9, 0)), Timestamp.valueOf(LocalDateTime.of(2025, 1, 2, 9, 0)));
        org.completed(person, "managing-change", LocalDate.of(2025, 5, 1));
        long completion = jdbc.queryForObject("select id from course_completion where person_id = ? and course_id = ?", Long.class, person, course);
        jdbc.update("insert into certificate (code, completion_id, person_id, issued_on) values (?, ?, ?, ?)",
            ("P" + person + "X" + System.nanoTime()).substring(0, 18), completion, person, Date.valueOf(LocalDate.of(2025, 5, 1)));
        jdbc.update("insert into assignment (person_id, course_id, due_on, required, assigned_on) values (?, ?, ?, true, ?)",
            person, course, Date.valueOf(LocalDate.of(2025, 6, 1)), Date.valueOf(LocalDate.of(2025, 1, 1)));
        long session = insertSession(course);
        jdbc.update("insert into workshop_booking (session_id, person_id, status, queue_no, created_at, changed_at, attendance) "
            + "values (?, ?, 'BOOKED', 1, ?, ?, 'ATTENDED')", session, person, Timestamp.valueOf(LocalDateTime.of(2025, 2, 1, 9, 0)),
            Timestamp.valueOf(LocalDateTime.of(2025, 2, 1, 9, 0)));
        jdbc.update("update workshop_session set booked = booked + 1 where id = ?", session);
        jdbc.update("insert into audit_event (occurred_at, actor, action, subject, detail) values (?, ?, 'SIGN_IN', ?, ?)",
            Timestamp.valueOf(LocalDateTime.of(2025, 1, 5, 8, 0)), email, email, who + " signed in from the library");
    }

    private long insertSession(long course) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var s = con.prepareStatement("insert into workshop_session (course_id, centre_id, starts_at, ends_at, venue_address, capacity) "
                + "values (?, ?, ?, ?, 'The hall', 20)", new String[] {"id"});
            s.setLong(1, course);
            s.setLong(2, centre);
            s.setTimestamp(3, Timestamp.valueOf(LocalDateTime.of(2025, 2, 10, 9, 30)));
            s.setTimestamp(4, Timestamp.valueOf(LocalDateTime.of(2025, 2, 10, 12, 30)));
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    public long entry(long person, String answer) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var s = con.prepareStatement("insert into journal_entry (person_id, title, answer, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, person);
            s.setString(2, "Entry of " + answer.split(" ")[0]);
            s.setString(3, answer);
            s.setTimestamp(4, Timestamp.valueOf(LocalDateTime.of(2025, 3, 1, 20, 0)));
            s.setTimestamp(5, Timestamp.valueOf(LocalDateTime.of(2025, 3, 1, 20, 30)));
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    /** {@code login} left their job on {@code day} (the first day without it). */
    public void leaves(Fixture.Login login, LocalDate day) {
        jdbc.update("update employment set end_date = ? where person_id = ? and end_date is null", Date.valueOf(day), login.personId());
    }
}
