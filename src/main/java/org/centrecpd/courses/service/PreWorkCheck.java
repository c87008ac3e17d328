package org.centrecpd.courses.service;

import java.util.List;
import org.centrecpd.courses.PreWork;
import org.centrecpd.courses.PreWorkUnit;
import org.centrecpd.courses.domain.CourseUnitRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PreWork}: one statement over the current version's units and the person's progress on them. */
@Component
class PreWorkCheck implements PreWork {

    private final CourseUnitRepository units;

    PreWorkCheck(CourseUnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PreWorkUnit> missing(long personId, String courseSlug) {
        return units.preWorkMissing(courseSlug, personId);
    }
}
