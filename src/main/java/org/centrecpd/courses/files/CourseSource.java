package org.centrecpd.courses.files;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;

/**
 * One valid course as read from its folder: metadata, units in order and the content fingerprint.
 * {@code otherLearning} says what the CPD hours cover besides reading the units (work-based tasks, a live
 * session), with its minutes; empty and 0 when the units are all there is.
 */
public record CourseSource(String folder, String slug, String title, CourseKind kind, String summary,
                           Set<JobRole> audience, BigDecimal cpdHours, Set<CorePurposeArea> corePurpose,
                           String versionNotes, String otherLearning, int otherLearningMinutes, String fingerprint, List<UnitSource> units) {

    public int questionCount() {
        return units.stream().mapToInt(UnitSource::questionCount).sum();
    }
}
