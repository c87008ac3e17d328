package org.centrecpd.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.centrecpd.courses.CourseKind;

/**
 * A course, known by its slug across all its versions. Title, kind, summary and hours repeat the
 * current version's, so the catalogue can filter and sort one table.
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    /** The folder under the courses folder that holds the files (for pictures and downloads). */
    @Column(nullable = false)
    private String folder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private CourseVersion current;

    @Column(nullable = false)
    private String title;

    @Convert(converter = Converters.KindConverter.class)
    @Column(nullable = false)
    private CourseKind kind;

    @Column(nullable = false)
    private String summary;

    @Column(name = "cpd_hours", nullable = false)
    private BigDecimal cpdHours;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String slug, String folder, String title, CourseKind kind, String summary, BigDecimal cpdHours) {
        this.slug = slug;
        this.folder = folder;
        this.title = title;
        this.kind = kind;
        this.summary = summary;
        this.cpdHours = cpdHours;
    }

    /** Makes {@code v} the version learners see from now on. */
    public void publish(CourseVersion v, String folder) {
        this.current = v;
        this.folder = folder;
        this.title = v.getTitle();
        this.kind = v.getKind();
        this.summary = v.getSummary();
        this.cpdHours = v.getCpdHours();
    }

    /** The files moved to another folder with the same content. */
    public void movedTo(String folder) {
        this.folder = folder;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getFolder() { return folder; }
    public CourseVersion getCurrent() { return current; }
    public String getTitle() { return title; }
    public CourseKind getKind() { return kind; }
    public String getSummary() { return summary; }
    public BigDecimal getCpdHours() { return cpdHours; }
}
