package org.centrecpd.courses.domain;

import org.centrecpd.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;

/**
 * One published state of a course's files, identified by their SHA-256 fingerprint. Never changed
 * after import: completions point at the version the learner completed.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion extends AbstractEntity {


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String fingerprint;

    @Column(nullable = false)
    private String title;

    @Convert(converter = Converters.KindConverter.class)
    @Column(nullable = false)
    private CourseKind kind;

    @Column(nullable = false)
    private String summary;

    @Column(name = "cpd_hours", nullable = false)
    private BigDecimal cpdHours;

    @Column(name = "version_notes")
    private String versionNotes;

    @Column(name = "unit_count", nullable = false)
    private int unitCount;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @ElementCollection
    @CollectionTable(name = "course_version_audience", joinColumns = @JoinColumn(name = "course_version_id"))
    @Column(name = "job_role")
    @Convert(converter = Converters.JobRoleConverter.class)
    private Set<JobRole> audience = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_version_core_purpose", joinColumns = @JoinColumn(name = "course_version_id"))
    @Column(name = "area")
    @Convert(converter = Converters.AreaConverter.class)
    private Set<CorePurposeArea> corePurpose = new HashSet<>();

    // Only for the import, which saves a version with its units in one go. Readers ask
    // CourseUnitRepository instead: one unit, or a version's units in order, without loading their parts.
    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL)
    @OrderBy("unitOrder")
    private List<CourseUnit> units = new ArrayList<>();

    protected CourseVersion() {
    }

    public CourseVersion(Course course, int number, String fingerprint, String title, CourseKind kind, String summary,
                         BigDecimal cpdHours, String versionNotes, Set<JobRole> audience, Set<CorePurposeArea> corePurpose,
                         LocalDateTime importedAt) {
        this.course = course;
        this.number = number;
        this.fingerprint = fingerprint;
        this.title = title;
        this.kind = kind;
        this.summary = summary;
        this.cpdHours = cpdHours;
        this.versionNotes = versionNotes;
        this.audience.addAll(audience);
        this.corePurpose.addAll(corePurpose);
        this.importedAt = importedAt;
    }

    public CourseUnit addUnit(int order, String unitKey, String title, int minutes, Integer week, String fingerprint) {
        CourseUnit unit = new CourseUnit(this, order, unitKey, title, minutes, week, fingerprint);
        units.add(unit);
        unitCount = units.size();
        return unit;
    }

    public void countQuestions(int questions) {
        this.questionCount = questions;
    }

    public Course getCourse() { return course; }
    public int getNumber() { return number; }
    public String getFingerprint() { return fingerprint; }
    public String getTitle() { return title; }
    public CourseKind getKind() { return kind; }
    public String getSummary() { return summary; }
    public BigDecimal getCpdHours() { return cpdHours; }
    public String getVersionNotes() { return versionNotes; }
    public int getUnitCount() { return unitCount; }
    public int getQuestionCount() { return questionCount; }
    public LocalDateTime getImportedAt() { return importedAt; }
    public Set<JobRole> getAudience() { return audience; }
    public Set<CorePurposeArea> getCorePurpose() { return corePurpose; }
}
