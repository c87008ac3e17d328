package org.centrecpd.courses.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;

/**
 * A course as its page shows it to the signed-in learner.
 *
 * @param resumeOrder the first unit not yet complete (null when every unit is)
 * @param updatedFrom the version the learner was part-way through when the course changed, or null
 * @param completedOn when the learner completed the course (null if not), {@code completedVersion} which version
 * @param tracked     false for a sign-in without a person record (e.g. an admin): nothing is recorded
 */
public record CoursePage(String slug, String title, CourseKind kind, String summary, BigDecimal cpdHours, int version,
                         String versionNotes, List<JobRole> audience, List<CorePurposeArea> corePurpose,
                         List<UnitRow> units, Integer resumeOrder, Integer updatedFrom, LocalDate completedOn,
                         Integer completedVersion, boolean tracked) {

    public long completedUnits() {
        return units.stream().filter(u -> u.status() == LearnerStatus.COMPLETED).count();
    }

    public boolean started() {
        return units.stream().anyMatch(u -> u.status() != LearnerStatus.NOT_STARTED);
    }

    /**
     * One unit in the course's list. {@code week} is set for leadership programmes; {@code waitsForAttendance}: the
     * unit opens for me once I attended a session of the workshop; {@code beforeBooking}: the workshop asks for it to be
     * completed before booking one of its sessions.
     */
    public record UnitRow(int order, String title, int minutes, Integer week, LearnerStatus status, boolean waitsForAttendance,
                          boolean beforeBooking) {
    }
}
