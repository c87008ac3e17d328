package org.centrecpd.courses.files;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;

/** One valid course as read from its folder: metadata, units in order and the content fingerprint. */
public record CourseSource(String folder, String slug, String title, CourseKind kind, String summary,
                           Set<JobRole> audience, BigDecimal cpdHours, Set<CorePurposeArea> corePurpose,
                           String versionNotes, String fingerprint, List<UnitSource> units) {

    public int questionCount() {
        return units.stream().mapToInt(UnitSource::questionCount).sum();
    }
}
