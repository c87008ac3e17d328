package org.centrecpd.journal.service;

import java.util.Map;
import java.util.Set;
import org.centrecpd.journal.ReflectiveModel;

/**
 * What the editor sends on every autosave. {@code id} is null until the first save creates the
 * entry; {@code version} is the version the editor last saw, so a save from a stale copy (another
 * tab saved in between) is refused rather than overwriting. {@code sections} is used for a
 * structured model, {@code body} for a free entry.
 */
public record EntryDraft(Long id, long version, String title, ReflectiveModel model, String body,
                         Map<String, String> sections, Set<String> tags, Set<String> areas, Integer minutesSpent,
                         boolean countsAsCpd, UnitLink link) {

    /**
     * Nothing written or chosen: no title, text, tag, area, time or unit (ticking "count as CPD" alone
     * says nothing). Such an entry cannot be finished, and the editor creates no entry for a new form
     * left like this.
     */
    public boolean isEmpty() {
        return blank(title) && blank(body) && (sections == null || sections.values().stream().allMatch(EntryDraft::blank))
            && (tags == null || tags.isEmpty()) && (areas == null || areas.isEmpty()) && minutesSpent == null && link == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
