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

    public String getSlug() { return slug; }
    public String getFolder() { return folder; }
    public CourseVersion getCurrent() { return current; }
}
