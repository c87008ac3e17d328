package org.centrecpd.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.centrecpd.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * A course completion as other modules read it: who, which course and version, on which day, and the CPD hours
 * credited then. A person may complete a course more than once (on different days).
 * <p>
 * Published read-only for training: an assignment made after a completion counts it at once, the centre's
 * core-purpose coverage, the CPD record and certificates. Training reads it only for people in the reader's
 * scope (or the reader's own). It exists so that those queries need not name the internal
 * {@code CourseCompletion} (ModuleQueriesTest); completions are written only by courses, which announces each
 * with {@link CourseCompleted}.
 */
@Entity
@Immutable
@Table(name = "course_completion")
public class CompletionRecord extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "cpd_hours", nullable = false)
    private BigDecimal cpdHours;

    /** {@code COURSE} (finished the units here), {@code ATTENDANCE} (attended a session) or {@code EXTERNAL_EVIDENCE} (verified evidence of learning elsewhere). */
    @Column(nullable = false)
    private String source = "COURSE";

    protected CompletionRecord() {
    }

    public long getPersonId() { return personId; }
    public long getCourseId() { return courseId; }
    public long getCourseVersionId() { return courseVersionId; }
    public int getVersionNumber() { return versionNumber; }
    public LocalDate getCompletedOn() { return completedOn; }
    public BigDecimal getCpdHours() { return cpdHours; }
    public String getSource() { return source; }
}
