package org.centrecpd.training;

import java.sql.Date;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.centrecpd.organisation.JobRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** A small organisation of its own for each test, written with JDBC, so no test counts demo data. */
final class TrainingFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final JdbcTemplate jdbc;
    final String name;
    final long authority;

    TrainingFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.name = "Testshire " + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        this.authority = insert("insert into local_authority (name) values (?)", name);
    }

    long provider(String provider) {
        return insert("insert into provider (local_authority_id, name) values (?, ?)", authority, provider + " " + name);
    }

    long group(String group) {
        return insert("insert into centre_group (local_authority_id, name) values (?, ?)", authority, group + " " + name);
    }

    long centre(String centre) {
        return insert("insert into centre (local_authority_id, name) values (?, ?)", authority, centre + " " + name);
    }

    void arrangement(long centre, long provider, Long group, LocalDate from, LocalDate to) {
        jdbc.update("insert into centre_arrangement (centre_id, provider_id, centre_group_id, valid_from, valid_to) values (?, ?, ?, ?, ?)",
            centre, provider, group, Date.valueOf(from), to == null ? null : Date.valueOf(to));
    }

    long person(String fullName) {
        String email = fullName.toLowerCase().replace(' ', '.') + "." + SEQ.incrementAndGet() + "." + System.nanoTime() + "@fixture.example";
        return insert("insert into person (full_name, email, job_role) values (?, ?, ?)", fullName, email,
            JobRole.FAMILY_SUPPORT_WORKER.name());
    }

    void employ(long person, long centre, JobRole role, LocalDate from, LocalDate to) {
        jdbc.update("insert into employment (person_id, centre_id, job_role, start_date, end_date) values (?, ?, ?, ?, ?)",
            person, centre, role.name(), Date.valueOf(from), to == null ? null : Date.valueOf(to));
    }

    long course(String slug) {
        return jdbc.queryForObject("select id from course where slug = ?", Long.class, slug);
    }

    /** A completion as the courses module records it. */
    void completed(long person, String slug, LocalDate on) {
        jdbc.update("""
            insert into course_completion (person_id, course_id, course_version_id, version_number, completed_on, cpd_hours)
            select ?, c.id, c.current_version_id, 1, ?, 1.5 from course c where c.slug = ?""", person, Date.valueOf(on), slug);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
