package org.centrecpd.courses.domain;

import org.centrecpd.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A unit of one course version: front matter, the fingerprint of its file and its parts. */
@Entity
@Table(name = "course_unit")
public class CourseUnit extends AbstractEntity {


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(name = "unit_order", nullable = false)
    private int unitOrder;

    /** The file name: the same across versions, so progress and journal answers follow the unit. */
    @Column(name = "unit_key", nullable = false)
    private String unitKey;

    @Column(nullable = false)
    private String title;

    private int minutes;

    private Integer week;

    @Column(nullable = false)
    private String fingerprint;

    /** Opens for a learner once they attended a session of the workshop (issue 32 §4). */
    @Column(name = "requires_attendance", nullable = false)
    private boolean requiresAttendance;

    /** To be completed before the learner books a session of the workshop (course.yml bookingRequiresUnits). */
    @Column(name = "before_booking", nullable = false)
    private boolean beforeBooking;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<UnitPart> parts = new ArrayList<>();

    protected CourseUnit() {
    }

    CourseUnit(CourseVersion courseVersion, int unitOrder, String unitKey, String title, int minutes, Integer week,
               String fingerprint) {
        this.courseVersion = courseVersion;
        this.unitOrder = unitOrder;
        this.unitKey = unitKey;
        this.title = title;
        this.minutes = minutes;
        this.week = week;
        this.fingerprint = fingerprint;
    }

    /** This unit waits for the learner's attendance at a session of the workshop. */
    public CourseUnit opensAfterAttending(boolean required) {
        this.requiresAttendance = required;
        return this;
    }

    /** This unit is to be completed before booking a session of the workshop. */
    public CourseUnit neededBeforeBooking(boolean needed) {
        this.beforeBooking = needed;
        return this;
    }

    public boolean isRequiresAttendance() { return requiresAttendance; }
    public boolean isBeforeBooking() { return beforeBooking; }

    public UnitPart addPart(UnitPart.Kind kind) {
        UnitPart part = new UnitPart(this, parts.size() + 1, kind);
        parts.add(part);
        return part;
    }

    public CourseVersion getCourseVersion() { return courseVersion; }
    public int getUnitOrder() { return unitOrder; }
    public String getUnitKey() { return unitKey; }
    public String getTitle() { return title; }
    public int getMinutes() { return minutes; }
    public Integer getWeek() { return week; }
    public String getFingerprint() { return fingerprint; }
    public List<UnitPart> getParts() { return parts; }
}
