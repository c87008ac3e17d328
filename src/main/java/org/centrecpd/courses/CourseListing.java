package org.centrecpd.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * A course as other modules list it: its slug and the version learners see now ({@link #getCurrent()}, null
 * until a version is published). {@code from CourseListing c join c.current v} keeps only published courses
 * and gives their current title, kind, hours and core-purpose areas ({@link CourseVersionListing}).
 * <p>
 * Published read-only for training (assignments, the matrix, the CPD record) and workshops (sessions,
 * bookings, requests), which show course titles beside their own rows; anyone who may see those rows may
 * see the title of a published course. It exists so that their queries join courses in the database
 * without naming the internal {@code Course} (ModuleQueriesTest); only the course import changes courses.
 */
@Entity
@Immutable
@Table(name = "course")
public class CourseListing extends AbstractEntity {

    @Column(nullable = false)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private CourseVersionListing current;

    /** The course file's certification defaults ({@link CourseCertification}); null when it declares none. */
    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(name = "renewal_window_days")
    private Integer renewalWindowDays;

    protected CourseListing() {
    }

    public String getSlug() { return slug; }
    public CourseVersionListing getCurrent() { return current; }
    public Integer getValidityMonths() { return validityMonths; }
    public Integer getRenewalWindowDays() { return renewalWindowDays; }
}
