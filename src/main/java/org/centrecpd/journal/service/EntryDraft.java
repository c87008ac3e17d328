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
}
