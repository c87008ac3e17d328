package org.centrecpd.courses.domain;

import org.centrecpd.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A course, known by its slug across all its versions. Title, kind, summary and hours live only on
 * {@link CourseVersion}: the catalogue filters and sorts on the current version, joined in the same
 * query, so there is no copy here that could disagree with what the learner is shown.
 */
@Entity
@Table(name = "course")
public class Course extends VersionedEntity {


    @Column(nullable = false, unique = true)
    private String slug;

    /** The folder under the courses folder that holds the files (for pictures and downloads). */
    @Column(nullable = false)
    private String folder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private CourseVersion current;

    /** From course.yml: how long a completion counts, and when its renewal window opens (policy, not content: no new version). */
    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(name = "renewal_window_days")
    private Integer renewalWindowDays;

    protected Course() {
    }

    public Course(String slug, String folder) {
        this.slug = slug;
        this.folder = folder;
    }

    /** Makes {@code v} the version learners see from now on. */
    public void publish(CourseVersion v, String folder) {
        this.current = v;
        this.folder = folder;
    }

    /** The files moved to another folder with the same content. */
    public void movedTo(String folder) {
        this.folder = folder;
    }

    /** The certification defaults the course file declares now. */
    public void certifies(org.centrecpd.courses.CourseCertification certification) {
        this.validityMonths = certification.validityMonths();
        this.renewalWindowDays = certification.renewalWindowDays();
    }

    public org.centrecpd.courses.CourseCertification getCertification() {
        return new org.centrecpd.courses.CourseCertification(validityMonths, renewalWindowDays);
    }

    public String getSlug() { return slug; }
    public String getFolder() { return folder; }
    public CourseVersion getCurrent() { return current; }
}
