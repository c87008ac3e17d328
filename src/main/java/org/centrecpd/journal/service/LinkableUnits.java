package org.centrecpd.journal.service;

import java.util.List;
import java.util.Optional;

/**
 * The course units a reflection may be linked to: every unit of every published course (its current
 * version). Courses are defined in the courses module, which already depends on the journal (course
 * answers are written into it), so the journal cannot read courses without a module cycle. Like
 * {@link CorePurposeAreaIds}, the journal owns this question and the courses module answers it.
 */
public interface LinkableUnits {

    /**
     * Units whose course or unit title contains {@code text} (any case; blank for all), by course
     * title then unit order, a page of at most {@code limit} from {@code offset}: the editor's
     * searchable list pages through them in the database.
     */
    List<UnitLink> search(String text, int offset, int limit);

    /** The published unit with this course slug and unit key, with today's titles; empty if there is none. */
    Optional<UnitLink> find(String courseSlug, String unitKey);
}
