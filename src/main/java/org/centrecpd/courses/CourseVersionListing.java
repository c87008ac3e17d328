package org.centrecpd.courses;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.centrecpd.base.AbstractEntity;
import org.centrecpd.courses.domain.Converters;
import org.hibernate.annotations.Immutable;

/**
 * One published version of a course as other modules list it: title, kind, CPD hours and core-purpose areas.
 * Reached as a course's current version ({@link CourseListing#getCurrent()}) or, for a completion, the version
 * completed ({@link CompletionRecord#getCourseVersionId()}). Versions never change after import.
 * <p>
 * Published read-only for training and workshops (see {@link CourseListing}, who reads it and why).
 */
@Entity
@Immutable
@Table(name = "course_version")
public class CourseVersionListing extends AbstractEntity {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Convert(converter = Converters.KindConverter.class)
    @Column(nullable = false)
    private CourseKind kind;

    @Column(name = "cpd_hours", nullable = false)
    private BigDecimal cpdHours;

    @ElementCollection
    @Immutable
    @CollectionTable(name = "course_version_core_purpose", joinColumns = @JoinColumn(name = "course_version_id"))
    @Column(name = "area")
    @Convert(converter = Converters.AreaConverter.class)
    private Set<CorePurposeArea> corePurpose = new HashSet<>();

    protected CourseVersionListing() {
    }

    public long getCourseId() { return courseId; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public CourseKind getKind() { return kind; }
    public BigDecimal getCpdHours() { return cpdHours; }
    public Set<CorePurposeArea> getCorePurpose() { return Set.copyOf(corePurpose); }
}
