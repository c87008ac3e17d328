package org.centrecpd.journal;

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
 * The private journal. A person's copy has their entries with the sections, tags, shares, reads and the feedback
 * written on them (that feedback is about their own reflection), and the supervision notes about them. Feedback
 * and notes a manager wrote about someone else are that someone's: the manager's copy says when they wrote
 * feedback, never what about whom. A leaver's journal (with everything hanging off it) is deleted 6 months after
 * they left by default; they are offered their copy when they leave.
 */
@Component
class JournalPersonalData implements PersonalData {

    static final String WHO_READS = "Only you; the line managers you share an entry with, while they manage you; nobody else, not admins";

    static final DataKind ENTRIES = new DataKind("journal-entries", "Your journal: entries, shares and feedback",
        "Your reflective practice and CPD portfolio, and the supervision conversation about it",
        LawfulBasis.PUBLIC_TASK, WHO_READS,
        "Database: journal_entry, journal_section, journal_tag, journal_area, journal_share, journal_read, journal_feedback",
        RetentionClock.AFTER_LEAVING, 6, DataKind.Disposal.DELETE, null);
    static final DataKind SUPERVISION = new DataKind("journal-supervision", "Supervision notes about you",
        "A record of supervision meetings and the actions agreed", LawfulBasis.PUBLIC_TASK,
        "You; the line manager who wrote them, while they manage you; not admins", "Database: supervision_note",
        RetentionClock.AFTER_LEAVING, 6, DataKind.Disposal.DELETE, null);

    static final DataKind NAMES = new DataKind("journal-names", "Your name on your staff's journals",
        "To show a member of staff who their entry was shared with, who read it, and who wrote feedback and supervision notes",
        LawfulBasis.PUBLIC_TASK, "The member of staff whose journal it is",
        "Database: journal_share.manager_name, journal_read.reader_name, journal_feedback.author_name, supervision_note.manager_name",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.ANONYMISE,
        "What you wrote on a member of staff's entries is part of their portfolio; your name on it is anonymised 6 years after you left");

    /** What a leaver's name becomes on other people's journals. */
    static final String FORMER = "Former member of staff";

    private final JdbcClient jdbc;

    JournalPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(ENTRIES, SUPERVISION, NAMES);
    }

    /** In place of the journal's words in a copy someone else downloads: only the person reads them. */
    static final String PRIVATE = "(private: only in the copy you download yourself)";

    @Override
    public List<Table> copyOf(DataSubject person) {
        List<Table> tables = fullCopy(person);
        if (person.forThemselves()) {
            return tables;
        }
        // An admin answering a letter gets everything but the words: dates, titles and counts stay, the text does not.
        return tables.stream().map(t -> switch (t.title()) {
            case "Journal entries" -> blank(t, 3, 6, 7);
            case "Journal entry sections" -> blank(t, 2);
            case "Feedback on your entries" -> blank(t, 3);
            case "Supervision notes about you" -> blank(t, 2, 3);
            default -> t;
        }).toList();
    }

    private static Table blank(Table table, int... columns) {
        return new Table(table.title(), table.headers(), table.rows().stream().map(row -> {
            List<Object> copy = new java.util.ArrayList<>(row);
            for (int c : columns) {
                copy.set(c, PRIVATE);
            }
            return copy;
        }).toList());
    }

    private List<Table> fullCopy(DataSubject person) {
        long id = person.personId();
        List<List<Object>> entries = jdbc.sql("""
                select e.id, e.created_at, e.updated_at, coalesce(e.title, e.unit_title, ''), coalesce(e.course_title, ''),
                       coalesce(e.model, ''), coalesce(e.prompt, ''), e.answer, e.draft, e.counts_as_cpd, e.minutes_spent
                  from journal_entry e where e.person_id = :id order by e.created_at, e.id""")
            .param("id", id)
            .query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime().toString(),
                rs.getTimestamp(3).toLocalDateTime().toString(), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBoolean(9) ? "yes" : "no", rs.getBoolean(10) ? "yes" : "no",
                rs.getObject(11) == null ? "" : rs.getInt(11)))
            .list();
        List<List<Object>> sections = jdbc.sql("""
                select s.entry_id, s.section_key, s.body from journal_section s join journal_entry e on e.id = s.entry_id
                 where e.person_id = :id order by s.entry_id, s.section_key""")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        List<List<Object>> shares = jdbc.sql("""
                select sh.entry_id, sh.manager_name, sh.shared_at from journal_share sh join journal_entry e on e.id = sh.entry_id
                 where e.person_id = :id order by sh.shared_at""")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime().toString())).list();
        List<List<Object>> reads = jdbc.sql("""
                select r.entry_id, r.reader_name, r.read_at from journal_read r join journal_entry e on e.id = r.entry_id
                 where e.person_id = :id order by r.read_at""")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime().toString())).list();
        List<List<Object>> feedback = jdbc.sql("""
                select f.entry_id, f.author_name, f.written_at, f.body from journal_feedback f join journal_entry e on e.id = f.entry_id
                 where e.person_id = :id order by f.written_at""")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime().toString(),
                rs.getString(4))).list();
        List<List<Object>> notes = jdbc.sql("""
                select meeting_date, manager_name, notes, agreed_actions from supervision_note where staff_id = :id order by meeting_date, id""")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        List<List<Object>> written = jdbc.sql("""
                select cast(written_at as date), count(*) from journal_feedback where author_id = :id group by cast(written_at as date)
                 order by 1""")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getDate(1).toLocalDate(), rs.getLong(2))).list();
        return List.of(
            new Table("Journal entries", List.of("Entry", "Written", "Last changed", "Title", "Course", "Reflective model", "Question",
                "Text", "Draft", "Counts as CPD", "Minutes"), entries),
            new Table("Journal entry sections", List.of("Entry", "Section", "Text"), sections),
            new Table("Journal shares", List.of("Entry", "Shared with", "Shared at"), shares),
            new Table("Journal reads", List.of("Entry", "Read by", "Read at"), reads),
            new Table("Feedback on your entries", List.of("Entry", "Written by", "Written at", "Feedback"), feedback),
            new Table("Supervision notes about you", List.of("Meeting", "Line manager", "Notes", "Agreed actions"), notes),
            new Table("Feedback you wrote (on entries of your staff; the words are about them and stay in their copy)",
                List.of("Day", "Pieces of feedback"), written));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (due.people().isEmpty()) {
            return 0;
        }
        if (kind.key().equals(NAMES.key())) {
            return anonymiseNames(due, apply);
        }
        if (kind.key().equals(SUPERVISION.key())) {
            var spec = jdbc.sql((apply ? "delete" : "select count(*)") + " from supervision_note where staff_id in (:people)")
                .param("people", due.people());
            return apply ? spec.update() : spec.query(Long.class).single();
        }
        if (!apply) {
            return jdbc.sql("select count(*) from journal_entry where person_id in (:people)").param("people", due.people())
                .query(Long.class).single();
        }
        // Sections, tags, areas, shares, reads and feedback go with their entry (on delete cascade, V6).
        return jdbc.sql("delete from journal_entry where person_id in (:people)").param("people", due.people()).update();
    }

    private long anonymiseNames(Due due, boolean apply) {
        long rows = 0;
        for (String[] table : new String[][] {{"journal_share", "manager_name", "manager_id"}, {"journal_read", "reader_name", "reader_id"},
            {"journal_feedback", "author_name", "author_id"}, {"supervision_note", "manager_name", "manager_id"}}) {
            String where = " where " + table[2] + " in (:people) and " + table[1] + " <> '" + FORMER + "'";
            rows += apply
                ? jdbc.sql("update " + table[0] + " set " + table[1] + " = '" + FORMER + "'" + where).param("people", due.people()).update()
                : jdbc.sql("select count(*) from " + table[0] + where).param("people", due.people()).query(Long.class).single();
        }
        return rows;
    }
}
