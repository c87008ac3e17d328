package org.centrecpd.courses.domain;

import org.centrecpd.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A learner has started a course; remembers the version they last worked on. */
@Entity
@Table(name = "course_progress")
public class CourseProgress extends VersionedEntity {


    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "last_opened_at", nullable = false)
    private LocalDateTime lastOpenedAt;


    protected CourseProgress() {
    }

    public CourseProgress(long personId, long courseId, int versionNumber, LocalDateTime now) {
        this.personId = personId;
        this.courseId = courseId;
        this.versionNumber = versionNumber;
        this.startedAt = now;
        this.lastOpenedAt = now;
    }

    public void opened(int versionNumber, LocalDateTime now) {
        this.versionNumber = versionNumber;
        this.lastOpenedAt = now;
    }

    public long getPersonId() { return personId; }
    public long getCourseId() { return courseId; }
    public int getVersionNumber() { return versionNumber; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getLastOpenedAt() { return lastOpenedAt; }
}
