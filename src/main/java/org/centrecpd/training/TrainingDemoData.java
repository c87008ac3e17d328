package org.centrecpd.training;

import org.centrecpd.base.PeriodFunctions;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo training, only with the demo profile, after the organisation (order 10) and the course
 * import (order 20), and only on a database with no assignment yet: at Ashbrook (the demo manager's
 * centre) everyone has "Managing change" overdue and the family support workers "Working together"
 * to do; across twelve other Eastmoor centres "The core purpose" is assigned, so a partner's roll-up has
 * something to add up. Dates are relative to today, so the demo always has something due and
 * something overdue. Of the core-purpose certifications (24 months), some were completed so long ago that they are
 * in their renewal window today, some have expired, some are current ({@link #certifications}): so the roll-up, those
 * centres' matrices and their staff's records show each state. The demo logins complete nothing here: their
 * completions come only from taking a course. Behind all this, a year of history for everyone else
 * ({@link TrainingDemoHistory}).
 */
@Component
@Order(30)
@Profile("demo")
class TrainingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TrainingDemoData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from assignment", Integer.class);
        Integer courses = jdbc.queryForObject("select count(*) from course where slug in ('managing-change', 'working-together', 'core-purpose')",
            Integer.class);
        if (existing == null || existing > 0 || courses == null || courses < 3) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int rows = assign("managing-change", today.minusDays(45), today.minusDays(5), true, null,
            "c.name = 'Ashbrook Children''s Centre'");
        rows += assign("working-together", today.minusDays(3), today.plusDays(25), true, null,
            "c.name = 'Ashbrook Children''s Centre' and e.job_role = 'FAMILY_SUPPORT_WORKER'");
        rows += assign("core-purpose", today.minusDays(20), today.plusDays(40), false, 24,
            "c.id in (select c2.id from centre c2 join local_authority la on la.id = c2.local_authority_id"
                + " where la.name = 'Eastmoor County Council' and c2.name <> 'Ashbrook Children''s Centre' order by c2.name limit 12)");
        int certified = certifications(today);
        long started = System.nanoTime();
        int[] history = new TrainingDemoHistory(jdbc).write(today);
        log.info("Demo training: {} assignments, {} core-purpose certifications; a year of history: {} assignments, "
            + "{} completions in {} ms", rows, certified, history[0], history[1], (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Completions of "The core purpose" by a fifth of its assignees each: one in its renewal window today (valid 30 more
     * days), one expired 20 days ago, one completed 6 months ago; the assignments, and their certification periods,
     * stamped as a completion would stamp them (dates from {@link TrainingStatus#validity}).
     */
    private int certifications(LocalDate today) {
        int count = 0;
        LocalDate[] completedOn = {today.minusMonths(24).plusDays(30), today.minusMonths(24).minusDays(20), today.minusMonths(6)};
        for (int bucket = 0; bucket < completedOn.length; bucket++) {
            LocalDate on = completedOn[bucket];
            TrainingStatus.Validity validity = TrainingStatus.validity(on, 24, 60, null, null);
            String whose = " from assignment a join course co on co.id = a.course_id where co.slug = 'core-purpose' and mod(a.person_id, 5) = " + bucket;
            jdbc.update("""
                insert into course_completion (person_id, course_id, course_version_id, version_number, completed_on, cpd_hours)
                select a.person_id, co.id, co.current_version_id,
                       (select v.version_number from course_version v where v.id = co.current_version_id), cast(? as date), 1.5"""
                + whose, Date.valueOf(on));
            count += jdbc.update("""
                update assignment set completed_on = ?, expires_on = ?, renewal_opens_on = ?
                 where id in (select a.id""" + whose + ")",
                Date.valueOf(on), Date.valueOf(validity.validUntil()), Date.valueOf(validity.renewalOpensOn()));
        }
        jdbc.update("""
            insert into certification_period (assignment_id, person_id, course_id, completed_on, valid_from, valid_until, renewal_opens_on)
            select a.id, a.person_id, a.course_id, a.completed_on, a.completed_on, a.expires_on, a.renewal_opens_on
              from assignment a join course co on co.id = a.course_id where co.slug = 'core-purpose' and a.completed_on is not null""");
        return count;
    }

    private int assign(String slug, LocalDate on, LocalDate due, boolean required, Integer refreshMonths, String where) {
        return jdbc.update("""
            insert into assignment (person_id, course_id, due_on, required, refresh_months, assigned_on)
            select distinct e.person_id, co.id, cast(? as date), cast(? as boolean), cast(? as integer), cast(? as date)
              from employment e join centre c on c.id = e.centre_id cross join course co
             where co.slug = ? and """ + PeriodFunctions.inForceSql("e.start_date", "e.end_date", "?") + " and " + where,
            Date.valueOf(due), required, refreshMonths, Date.valueOf(on), slug, Date.valueOf(on), Date.valueOf(on));
    }
}
