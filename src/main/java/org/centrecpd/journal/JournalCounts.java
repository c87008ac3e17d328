package org.centrecpd.journal;

/**
 * How a centre's staff used the journal over a stretch of days, as counts only (the termly review's pack):
 * entries written, entries shared for supervision, supervisions their managers recorded, and minutes of
 * reflection counted as CPD. Never the text of anyone's journal. Read through {@code journal.service.TermJournal}.
 */
public record JournalCounts(long written, long shared, long supervisions, long cpdMinutes) {
}
