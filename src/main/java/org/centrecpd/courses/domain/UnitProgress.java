package org.centrecpd.courses.domain;

import org.centrecpd.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A learner's reading of one unit, tied to the content fingerprint of the unit's file: when a new
 * course version leaves a unit unchanged, the learner's progress on it carries over; when the unit
 * changed, it starts again.
 */
@Entity
@Table(name = "unit_progress")
public class UnitProgress extends VersionedEntity {


    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "unit_key", nullable = false)
    private String unitKey;

    @Column(nullable = false)
    private String fingerprint;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;


    protected UnitProgress() {
    }

    public UnitProgress(long personId, long courseId, String unitKey, String fingerprint, int versionNumber,
                        LocalDateTime openedAt) {
        this.personId = personId;
        this.courseId = courseId;
        this.unitKey = unitKey;
        this.fingerprint = fingerprint;
        this.versionNumber = versionNumber;
        this.openedAt = openedAt;
    }

    public void complete(LocalDateTime now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    public boolean isComplete() {
        return completedAt != null;
    }

    public String getUnitKey() { return unitKey; }
    public String getFingerprint() { return fingerprint; }
    public int getVersionNumber() { return versionNumber; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public LocalDateTime getCompletedAt() { return completedAt; }
}
