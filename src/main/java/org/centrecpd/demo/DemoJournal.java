package org.centrecpd.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few reflections in Amara Osei's journal (demo practitioner), after the people exist
 * ({@link DemoData} runs first): a Gibbs entry shared with her manager Daniel Whitcombe, who opened
 * it and left feedback, a "What? So what? Now what?" entry and a free one that stay private, and
 * the notes of their last supervision meeting, and a draft she has not finished. Seeded once, when she has no
 * reflections yet, with a year of everyone else's reflections and supervisions ({@link DemoJournalHistory}).
 */
@Component
@Order(20)
@Profile(DemoData.PROFILE)
class DemoJournal implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJournal.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoJournal(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long amara = person(DemoLogins.PRACTITIONER);
        Long daniel = person(DemoLogins.MANAGER);
        if (amara == null || daniel == null) {
            return;
        }
        Integer reflections = jdbc.queryForObject(
            "select count(*) from journal_entry where person_id = ? and model is not null", Integer.class, amara);
        if (reflections != null && reflections > 0) {
            return;
        }
        tx.executeWithoutResult(status -> seed(amara, daniel));
        long started = System.nanoTime();
        int[] history = tx.execute(status -> new DemoJournalHistory(jdbc).write(LocalDateTime.now(clock).withNano(0), daniel,
            "Daniel Whitcombe", DemoData.DEMO_CENTRE));
        log.info("Demo journal entries seeded for Amara Osei; a year of history: {} entries, {} supervisions, {} shared "
            + "with Daniel Whitcombe in {} ms", history[0], history[1], history[2], (System.nanoTime() - started) / 1_000_000);
    }

    private Long person(String email) {
        return jdbc.query("select person_id from user_account where username = ?",
            rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null, email);
    }

    private void seed(long amara, long daniel) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        long stayAndPlay = entry(amara, "gibbs", "Stay and play: the dad who waited by the door", 40, true,
            now.minusDays(12), Map.of(
                "description", "A dad came to Tuesday stay and play with his two-year-old for the first time. He stayed "
                    + "by the door for most of the session while his daughter played near the sand tray. I said hello "
                    + "but was pulled away to set up snack.",
                "feelings", "I felt *rushed* and a bit guilty: I could see he was unsure and I did not go back to him "
                    + "for twenty minutes.",
                "evaluation", "His daughter had a lovely time and he said he might come again. But nobody really "
                    + "welcomed **him**, and the room is set out for mums chatting on the sofas.",
                "analysis", "Our own dads' survey last year said the same: the sessions feel like they are not for "
                    + "them. Being greeted by name in the first few minutes matters more than anything we put out.",
                "conclusion", "I could have asked a colleague to do snack and stayed with him for five minutes.",
                "action-plan", "- Agree at the team briefing who greets new parents each session\n"
                    + "- Put a second seating area near the construction toys\n"
                    + "- Ask him next week what would make Tuesday work for him"),
            "", new String[]{"fathers", "stay and play"}, new String[]{"engaging-parents", "universal-services"});
        long visit = entry(amara, "what-so-what", "Home visit: the letter about the flat", 60, true,
            now.minusDays(5), Map.of(
                "what", "On a home visit, mum showed me a letter from the housing association about rent arrears. "
                    + "She had not opened the earlier ones.",
                "so-what", "The worry about the flat was behind a lot of what we had put down to low mood. Money and "
                    + "housing need to be part of the conversation from the first visit, not an add-on.",
                "now-what", "Book a joint visit with the welfare rights adviser, and add a money and housing question "
                    + "to my first-visit checklist."),
            "", new String[]{"home visit", "housing"}, new String[]{"targeted-support", "partnership-working"});
        // Started and not finished: her home offers to carry on with it.
        jdbc.update("""
            insert into journal_entry (person_id, model, title, answer, minutes_spent, counts_as_cpd, draft, created_at, updated_at)
            values (?, 'free', ?, ?, 20, true, true, ?, ?)""", amara, "Baby group in the new room",
            "First session in the new room on Monday. Quieter, but two mums said they missed the old kitchen corner.",
            Timestamp.valueOf(now.minusDays(1)), Timestamp.valueOf(now.minusDays(1)));
        entry(amara, "free", "After the partnership meeting", 30, false, now.minusDays(2), Map.of(),
            "The health visiting team are changing how they hand over new births. We agreed to trial a shared list "
                + "for three months. I want to see whether more families reach our baby groups before eight weeks.",
            new String[]{"partnership"}, new String[]{"partnership-working"});
        jdbc.update("insert into journal_share (entry_id, manager_id, manager_name, shared_at) values (?, ?, ?, ?)",
            stayAndPlay, daniel, "Daniel Whitcombe", Timestamp.valueOf(now.minusDays(10)));
        jdbc.update("insert into journal_read (entry_id, reader_id, reader_name, read_at) values (?, ?, ?, ?)",
            stayAndPlay, daniel, "Daniel Whitcombe", Timestamp.valueOf(now.minusDays(9)));
        jdbc.update("insert into journal_feedback (entry_id, author_id, author_name, body, written_at) values (?, ?, ?, ?, ?)",
            stayAndPlay, daniel, "Daniel Whitcombe", "Thank you for being so honest about this. The greeting rota is a good "
                + "idea: bring it to Thursday's briefing and we will try it for half a term.",
            Timestamp.valueOf(now.minusDays(9)));
        jdbc.update("""
            insert into supervision_note (staff_id, manager_id, manager_name, meeting_date, notes, agreed_actions, written_at)
            values (?, ?, ?, ?, ?, ?, ?)""",
            amara, daniel, "Daniel Whitcombe", sqlDate(now.toLocalDate().minusDays(8)),
            "Talked through the stay and play reflection and the caseload for the next month.",
            "Amara to lead the greeting rota trial. Daniel to ask the family hub about a dads' session on Saturdays.",
            Timestamp.valueOf(now.minusDays(8)));
        log.debug("Demo journal: entries {} and {}", stayAndPlay, visit);
    }

    private static java.sql.Date sqlDate(LocalDate day) {
        return java.sql.Date.valueOf(day);
    }

    private long entry(long person, String model, String title, int minutes, boolean cpd, LocalDateTime at,
                       Map<String, String> sections, String body, String[] tags, String[] areas) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                insert into journal_entry (person_id, model, title, answer, minutes_spent, counts_as_cpd, draft,
                    created_at, updated_at) values (?, ?, ?, ?, ?, ?, false, ?, ?)""", new String[]{"id"});
            ps.setLong(1, person);
            ps.setString(2, model);
            ps.setString(3, title);
            ps.setString(4, body);
            ps.setInt(5, minutes);
            ps.setBoolean(6, cpd);
            ps.setTimestamp(7, Timestamp.valueOf(at));
            ps.setTimestamp(8, Timestamp.valueOf(at));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        sections.forEach((k, v) -> jdbc.update("insert into journal_section (entry_id, section_key, body) values (?, ?, ?)", id, k, v));
        for (String t : tags) {
            jdbc.update("insert into journal_tag (entry_id, tag) values (?, ?)", id, t);
        }
        for (String a : areas) {
            jdbc.update("insert into journal_area (entry_id, area_id) values (?, ?)", id, a);
        }
        return id;
    }
}
