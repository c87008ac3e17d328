package org.centrecpd.journal.service;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.centrecpd.base.RuleViolation;

/**
 * What a reflection may hold. Limits are checked on every save, autosaves included; what a finished
 * entry needs (something written, and minutes for CPD time) only when the author finishes, so an
 * autosave is never held up by a box not yet filled in. The editor reads the limits from here too.
 */
public final class EntryRules {

    public static final int MAX_TEXT = 100_000;
    public static final int MAX_TITLE = 300;
    public static final int MAX_TAG = 60;
    public static final int MAX_TAGS = 20;
    public static final int MAX_MINUTES = 6000;

    private EntryRules() {
    }

    static void checkSave(EntryDraft draft) {
        if (nullToEmpty(draft.title()).length() > MAX_TITLE) {
            throw new RuleViolation("journal.title.tooLong", MAX_TITLE);
        }
        int total = nullToEmpty(draft.body()).length()
            + (draft.sections() == null ? 0 : draft.sections().values().stream().mapToInt(s -> nullToEmpty(s).length()).sum());
        if (total > MAX_TEXT) {
            throw new RuleViolation("journal.text.tooLong", MAX_TEXT);
        }
        if (draft.minutesSpent() != null && (draft.minutesSpent() < 0 || draft.minutesSpent() > MAX_MINUTES)) {
            throw new RuleViolation("journal.minutes.range", MAX_MINUTES);
        }
    }

    /**
     * Refused only when the author finishes: an autosave must never be held up (ticking "count as
     * CPD" before typing the minutes), or text would go unsaved.
     */
    static void checkFinish(EntryDraft draft) {
        if (draft.isEmpty()) {
            throw new RuleViolation("journal.finish.empty");
        }
        if (draft.countsAsCpd() && (draft.minutesSpent() == null || draft.minutesSpent() == 0)) {
            throw new RuleViolation("journal.cpd.needsMinutes");
        }
    }

    /** Tags are short, lower-case words or phrases, so "Fathers" and "fathers" are one tag. */
    static Set<String> tags(Collection<String> typed) {
        Set<String> tags = new TreeSet<>();
        if (typed != null) {
            for (String t : typed) {
                String tag = nullToEmpty(t).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (tag.length() > MAX_TAG) {
                    throw new RuleViolation("journal.tag.tooLong", MAX_TAG);
                }
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new RuleViolation("journal.tags.tooMany", MAX_TAGS);
        }
        return tags;
    }

    /** The chosen core-purpose areas, each one of {@code known} (they come from the browser). */
    static Set<String> areas(Collection<String> chosen, List<String> known) {
        Set<String> areas = new TreeSet<>();
        if (chosen != null) {
            for (String a : chosen) {
                if (!known.contains(a)) {
                    throw new RuleViolation("journal.area.unknown");
                }
                areas.add(a);
            }
        }
        return areas;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
