package org.centrecpd.courses;

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
 * Learning: courses started (progress through units) and courses completed with their CPD hours. Progress of a
 * leaver is of no use to anyone after 6 months; a completion is evidence of statutory training, kept 6 years after
 * leaving and then anonymised (the row has no name of its own: the person it points to is anonymised, see
 * organisation's record), so counts per course, date and centre stay true.
 */
@Component
class CoursesPersonalData implements PersonalData {

    static final DataKind PROGRESS = new DataKind("courses-progress", "Courses in progress",
        "To let you carry on a course where you stopped", LawfulBasis.PUBLIC_TASK,
        "You; your line managers see how far you are", "Database: course_progress, unit_progress",
        RetentionClock.AFTER_LEAVING, 6, DataKind.Disposal.DELETE, null);
    static final DataKind COMPLETIONS = new DataKind("courses-completions", "Completed courses and CPD hours",
        "Evidence of statutory and safeguarding training, and your CPD record", LawfulBasis.LEGAL_OBLIGATION,
        "You; your line managers and the improvement partners overseeing your centre; admins", "Database: course_completion",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.ANONYMISE,
        "Evidence of statutory and safeguarding training that the authority must be able to show (6 years after leaving by default)");

    private final JdbcClient jdbc;

    CoursesPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(PROGRESS, COMPLETIONS);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        List<List<Object>> started = jdbc.sql("""
                select v.title, p.version_number, p.started_at, p.last_opened_at,
                       (select count(*) from unit_progress u where u.person_id = p.person_id and u.course_id = p.course_id and u.completed_at is not null)
                  from course_progress p join course c on c.id = p.course_id join course_version v on v.id = c.current_version_id
                 where p.person_id = :id order by p.started_at""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toLocalDateTime().toString(),
                rs.getTimestamp(4).toLocalDateTime().toString(), rs.getLong(5)))
            .list();
        List<List<Object>> done = jdbc.sql("""
                select v.title, cc.version_number, cc.completed_on, cc.cpd_hours
                  from course_completion cc join course_version v on v.id = cc.course_version_id
                 where cc.person_id = :id order by cc.completed_on, cc.id""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate(),
                rs.getBigDecimal(4).stripTrailingZeros().toPlainString()))
            .list();
        return List.of(
            new Table("Courses in progress", List.of("Course", "Version", "Started", "Last opened", "Units completed"), started),
            new Table("Completed courses", List.of("Course", "Version", "Completed on", "CPD hours"), done));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (due.people().isEmpty()) {
            return 0;
        }
        if (kind.key().equals(COMPLETIONS.key())) {
            // Nothing changes here: the row names nobody once the person is anonymised (counted there). An erasure's
            // preview counts what is kept.
            return due.erasure() && !apply ? jdbc.sql("select count(*) from course_completion where person_id in (:people)")
                .param("people", due.people()).query(Long.class).single() : 0;
        }
        if (!apply) {
            return jdbc.sql("select count(*) from course_progress where person_id in (:people)")
                .param("people", due.people()).query(Long.class).single();
        }
        jdbc.sql("delete from unit_progress where person_id in (:people)").param("people", due.people()).update();
        return jdbc.sql("delete from course_progress where person_id in (:people)").param("people", due.people()).update();
    }
}
