package org.centrecpd.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * A learner has started a course (one row per person and course, whatever the version).
 * <p>
 * Published read-only for training, whose My training shows whether I have started each course I am
 * assigned: it is only ever asked about the signed-in person. It exists so that this question is one
 * {@code exists} in the same query without naming the internal {@code CourseProgress} (ModuleQueriesTest).
 */
@Entity
@Immutable
@Table(name = "course_progress")
public class CourseStart extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    protected CourseStart() {
    }

    public long getPersonId() { return personId; }
    public long getCourseId() { return courseId; }
}
