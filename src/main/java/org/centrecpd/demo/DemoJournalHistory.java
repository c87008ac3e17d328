package org.centrecpd.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.centrecpd.base.PeriodFunctions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of reflection and supervision behind the demo: everyone on the staff (not the demo logins) wrote a few
 * short journal entries over the last twelve months, most counted as CPD, and met their centre's manager for
 * supervision about once a term. At Ashbrook (the demo manager's centre) some entries were shared with
 * the manager for supervision: the older ones he opened, the last few weeks' still wait for him. Fixed seed,
 * dates relative to today, JDBC batches.
 */
final class DemoJournalHistory {

    private static final long SEED = 20261207L;
    private static final String[] TITLES = {"Stay and play: who did not come back", "Baby group: the first-time dads",
        "Home visit: a family new to the area", "Team briefing: what we changed", "Outreach at the library",
        "Speech and language drop-in", "A difficult conversation about attendance", "Partnership meeting with health visiting",
        "Food bank referral", "Transition to nursery: one child's first week", "Supervision: caseload and boundaries",
        "Safeguarding refresher: what I will do differently"};
    private static final String[] BODIES = {
        "What happened, what I made of it and what I will try next time. The families told us more than the survey did.",
        "I noticed I rushed the ending. Next time I will leave ten minutes to talk about what comes next.",
        "We agreed a small change and will look at it again at the end of the half term.",
        "Two parents asked the same question: we should answer it on the noticeboard and at the door."};

    private final JdbcTemplate jdbc;

    DemoJournalHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns {entries, supervisions, shares}. */
    int[] write(LocalDateTime now, long demoManager, String demoManagerName, String demoCentre) {
        String demoCentreName = demoCentre;
        Random random = new Random(SEED);
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> supervisions = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        jdbc.query("""
            select e.person_id, m.person_id, mp.full_name, c.name from employment e join centre c on c.id = e.centre_id
              join employment m on m.centre_id = e.centre_id and m.job_role = 'CENTRE_MANAGER' and m.person_id <> e.person_id
                                and """ + PeriodFunctions.inForceSql("m.start_date", "m.end_date", "?") + """
              join person mp on mp.id = m.person_id
             where """ + PeriodFunctions.inForceSql("e.start_date", "e.end_date", "?") + """
               and e.job_role <> 'CENTRE_MANAGER'
               and not exists (select 1 from user_account u where u.person_id = e.person_id)
             order by e.person_id, case when exists (select 1 from user_account mu where mu.person_id = m.person_id) then 0 else 1 end,
                      m.person_id""", rs -> {
            long person = rs.getLong(1);
            if (!seen.add(person)) {
                return;
            }
            boolean atDemoCentre = demoCentreName.equals(rs.getString(4));
            // At the demo centre everyone wrote lately too, so its manager has entries waiting to be read.
            int written = random.nextInt(5) + (atDemoCentre ? 1 : 0);
            for (int i = 0; i < written; i++) {
                int daysAgo = atDemoCentre && i == 0 ? 1 + random.nextInt(20) : 1 + random.nextInt(360);
                LocalDateTime at = now.minusDays(daysAgo).withHour(9 + random.nextInt(8)).withMinute(0);
                entries.add(new Object[]{person, TITLES[random.nextInt(TITLES.length)], BODIES[random.nextInt(BODIES.length)],
                    15 + 5 * random.nextInt(12), random.nextInt(5) > 0, Timestamp.valueOf(at), Timestamp.valueOf(at)});
            }
            for (int daysAgo = 10 + random.nextInt(50); daysAgo < 365; daysAgo += 100 + random.nextInt(40)) {
                LocalDateTime met = now.minusDays(daysAgo).withHour(14).withMinute(0);
                supervisions.add(new Object[]{person, rs.getLong(2), rs.getString(3), Date.valueOf(met.toLocalDate()),
                    "Caseload, wellbeing and training reviewed.", "Actions agreed and dated in the notes.", Timestamp.valueOf(met)});
            }
        }, Date.valueOf(now.toLocalDate()), Date.valueOf(now.toLocalDate()), Date.valueOf(now.toLocalDate()), Date.valueOf(now.toLocalDate()));
        jdbc.batchUpdate("""
            insert into journal_entry (person_id, model, title, answer, minutes_spent, counts_as_cpd, draft, created_at, updated_at)
            values (?, 'free', ?, ?, ?, ?, false, ?, ?)""", entries);
        jdbc.batchUpdate("""
            insert into supervision_note (staff_id, manager_id, manager_name, meeting_date, notes, agreed_actions, written_at)
            values (?, ?, ?, ?, ?, ?, ?)""", supervisions);
        return new int[]{entries.size(), supervisions.size(), shareAtTheDemoCentre(now, demoManager, demoManagerName, demoCentre, random)};
    }

    /** Ashbrook's entries of the last three weeks shared with its manager and waiting; a third of the older ones, read. */
    private int shareAtTheDemoCentre(LocalDateTime now, long manager, String managerName, String centre, Random random) {
        List<Object[]> shares = new ArrayList<>();
        List<Object[]> reads = new ArrayList<>();
        jdbc.query("""
            select j.id, j.updated_at from journal_entry j
             where j.model = 'free' and j.person_id <> ? and not exists (select 1 from user_account u where u.person_id = j.person_id)
               and j.person_id in (select e.person_id from employment e join centre c on c.id = e.centre_id where c.name = ?)
             order by j.id""", rs -> {
            LocalDateTime shared = rs.getTimestamp(2).toLocalDateTime().plusHours(1);
            if (!shared.isBefore(now.minusDays(21)) || random.nextInt(3) == 0) {
                shares.add(new Object[]{rs.getLong(1), manager, managerName, Timestamp.valueOf(shared)});
                if (shared.isBefore(now.minusDays(21))) {
                    reads.add(new Object[]{rs.getLong(1), manager, managerName, Timestamp.valueOf(shared.plusDays(2))});
                }
            }
        }, manager, centre);
        jdbc.batchUpdate("insert into journal_share (entry_id, manager_id, manager_name, shared_at) values (?, ?, ?, ?)", shares);
        jdbc.batchUpdate("insert into journal_read (entry_id, reader_id, reader_name, read_at) values (?, ?, ?, ?)", reads);
        return shares.size();
    }
}
