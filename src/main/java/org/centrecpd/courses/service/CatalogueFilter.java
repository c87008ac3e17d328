package org.centrecpd.courses.service;

import java.math.BigDecimal;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;

/** The catalogue's filters; null (or blank text) means "any". */
public record CatalogueFilter(CourseKind kind, CorePurposeArea area, JobRole audience, BigDecimal minHours,
                              BigDecimal maxHours, String text) {

    public static CatalogueFilter any() {
        return new CatalogueFilter(null, null, null, null, null, null);
    }
}
