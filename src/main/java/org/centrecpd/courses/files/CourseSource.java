package org.centrecpd.courses.files;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseCertification;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;

/**
 * One valid course as read from its folder: metadata, units in order and the content fingerprint.
 * {@code otherLearning} says what the CPD hours cover besides reading the units (work-based tasks, a live
 * session), with its minutes; empty and 0 when the units are all there is. {@code certification}: the defaults the
 * course declares for assigning it with a validity ({@link CourseCertification#NONE} when it declares none).
 * {@code preWork}: the units (file names) a learner completes before they may book a session of the workshop.
 */
public record CourseSource(String folder, String slug, String title, CourseKind kind, String summary,
                           Set<JobRole> audience, BigDecimal cpdHours, Set<CorePurposeArea> corePurpose,
                           String versionNotes, String otherLearning, int otherLearningMinutes, String fingerprint, List<UnitSource> units,
                           CourseCertification certification, Set<String> preWork) {

    /** A course whose booking requires no units done first ({@code preWork}: unit file names, a workshop's only). */
    public CourseSource(String folder, String slug, String title, CourseKind kind, String summary, Set<JobRole> audience,
                        BigDecimal cpdHours, Set<CorePurposeArea> corePurpose, String versionNotes, String otherLearning,
                        int otherLearningMinutes, String fingerprint, List<UnitSource> units, CourseCertification certification) {
        this(folder, slug, title, kind, summary, audience, cpdHours, corePurpose, versionNotes, otherLearning,
            otherLearningMinutes, fingerprint, units, certification, Set.of());
    }

    /** A course that declares no certification (taken once unless its assigner says otherwise). */
    public CourseSource(String folder, String slug, String title, CourseKind kind, String summary, Set<JobRole> audience,
                        BigDecimal cpdHours, Set<CorePurposeArea> corePurpose, String versionNotes, String otherLearning,
                        int otherLearningMinutes, String fingerprint, List<UnitSource> units) {
        this(folder, slug, title, kind, summary, audience, cpdHours, corePurpose, versionNotes, otherLearning,
            otherLearningMinutes, fingerprint, units, CourseCertification.NONE);
    }

    public int questionCount() {
        return units.stream().mapToInt(UnitSource::questionCount).sum();
    }
}
