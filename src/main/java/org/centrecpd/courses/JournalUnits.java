package org.centrecpd.courses;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.SearchText;
import org.centrecpd.courses.domain.CourseUnitRepository;
import org.centrecpd.courses.domain.PublishedUnit;
import org.centrecpd.journal.service.LinkableUnits;
import org.centrecpd.journal.service.UnitLink;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the journal which course units a reflection may be linked to (see {@link LinkableUnits} for why it asks this way). */
@Component
@Transactional(readOnly = true)
class JournalUnits implements LinkableUnits {

    private final CourseUnitRepository units;

    JournalUnits(CourseUnitRepository units) {
        this.units = units;
    }

    @Override
    public List<UnitLink> search(String text, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String pattern = SearchText.containing(text);
        // Vaadin asks in pages of its page size, so offset is a multiple of limit; anything else reads from the start.
        if (offset % limit == 0) {
            return units.publishedMatching(pattern, PageRequest.of(offset / limit, limit)).stream().map(JournalUnits::link).toList();
        }
        return units.publishedMatching(pattern, PageRequest.of(0, offset + limit)).stream().skip(offset)
            .map(JournalUnits::link).toList();
    }

    @Override
    public Optional<UnitLink> find(String courseSlug, String unitKey) {
        if (courseSlug == null || unitKey == null) {
            return Optional.empty();
        }
        return units.published(courseSlug, unitKey)
            .map(JournalUnits::link);
    }

    private static UnitLink link(PublishedUnit u) {
        return new UnitLink(u.courseSlug(), u.courseTitle(), u.unitKey(), u.unitTitle());
    }
}
