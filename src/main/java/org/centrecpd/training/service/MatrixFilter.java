package org.centrecpd.training.service;

import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.training.TrainingStatus;

/** What a centre matrix shows: one course or all (null), one core-purpose area or all, one status or all. */
public record MatrixFilter(Long courseId, CorePurposeArea area, TrainingStatus status) {

    public static final MatrixFilter ALL = new MatrixFilter(null, null, null);
}
