package org.centrecpd.workshops.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.centrecpd.base.AbstractEntity;

/** A person's wish to hear when a session of a workshop is scheduled; told once, then done. */
@Entity
@Table(name = "workshop_interest")
public class Interest extends AbstractEntity {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "notified_at")
    private LocalDateTime notifiedAt;

    @Column(name = "session_id")
    private Long sessionId;

    protected Interest() {
    }

    public Interest(long courseId, long personId, LocalDateTime registeredAt) {
        this.courseId = courseId;
        this.personId = personId;
        this.registeredAt = registeredAt;
    }

    /** Registering again after being told: a new wait. */
    public void renew(LocalDateTime at) {
        registeredAt = at;
        notifiedAt = null;
        sessionId = null;
    }

    public void notified(long sessionId, LocalDateTime at) {
        this.sessionId = sessionId;
        this.notifiedAt = at;
    }

    public long getCourseId() { return courseId; }
    public long getPersonId() { return personId; }
    public LocalDateTime getNotifiedAt() { return notifiedAt; }
    public boolean isWaiting() { return notifiedAt == null; }
}
