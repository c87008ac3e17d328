package org.centrecpd.courses.domain;

import org.centrecpd.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A learner completed a course: the version, the date and the CPD hours credited then. A course can be
 * completed again on a later day (a re-take of a self-study course, or another workshop session), so
 * that training that must be refreshed every so often can be satisfied again; each completion is its
 * own row with its own date, and at most one per person, course and day.
 */
@Entity
@Table(name = "course_completion")
public class CourseCompletion extends AbstractEntity {


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

    public static final String ATTENDANCE = "ATTENDANCE";

    /**
     * {@code COURSE} (finished the units here), {@code ATTENDANCE} (attended a session of the workshop) or
     * {@code EXTERNAL_EVIDENCE} (verified evidence of learning elsewhere).
     */
    @Column(nullable = false)
    private String source = "COURSE";

    protected CourseCompletion() {
    }

    public CourseCompletion(long personId, CourseVersion version, LocalDate completedOn) {
        this.personId = personId;
        this.courseId = version.getCourse().getId();
        this.courseVersionId = version.getId();
        this.versionNumber = version.getNumber();
        this.completedOn = completedOn;
        this.cpdHours = version.getCpdHours();
    }

    /** A completion by attending a workshop session: its date, and the CPD hours the session counts. */
    public CourseCompletion(long personId, CourseVersion version, LocalDate completedOn, BigDecimal cpdHours) {
        this(personId, version, completedOn);
        this.cpdHours = cpdHours;
    }

    /** A completion by attending a session of a workshop: it is what opens the units that wait for attendance. */
    public static CourseCompletion attended(long personId, CourseVersion version, LocalDate completedOn, BigDecimal cpdHours) {
        CourseCompletion completion = new CourseCompletion(personId, version, completedOn, cpdHours);
        completion.source = ATTENDANCE;
        return completion;
    }

    /** The learner also attended on the day of a completion already recorded (e.g. by finishing the units). */
    public void alsoAttended() {
        if (source.equals("COURSE")) {
            source = ATTENDANCE;
        }
    }

    /** A completion shown by verified evidence of learning done elsewhere: it credits no hours (the evidence carries them). */
    public static CourseCompletion elsewhere(long personId, CourseVersion version, LocalDate completedOn) {
        CourseCompletion completion = new CourseCompletion(personId, version, completedOn, BigDecimal.ZERO);
        completion.source = "EXTERNAL_EVIDENCE";
        return completion;
    }

    public long getPersonId() { return personId; }
    public long getCourseId() { return courseId; }
    public int getVersionNumber() { return versionNumber; }
    public LocalDate getCompletedOn() { return completedOn; }
    public BigDecimal getCpdHours() { return cpdHours; }
    public String getSource() { return source; }
}
