package org.centrecpd.training.service;

import java.time.LocalDate;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.training.TrainingStatus;

/** One person's assignment of one course in a centre's matrix, with its status on the day asked about. */
public record MatrixCell(long personId, String fullName, JobRole jobRole, long assignmentId, long courseId, String courseTitle,
                         LocalDate dueOn, boolean required, LocalDate completedOn, LocalDate expiresOn, TrainingStatus status) {

    public MatrixCell(long personId, String fullName, JobRole jobRole, long assignmentId, long courseId, String courseTitle,
                      LocalDate dueOn, boolean required, LocalDate completedOn, LocalDate expiresOn, int status) {
        this(personId, fullName, jobRole, assignmentId, courseId, courseTitle, dueOn, required, completedOn, expiresOn,
            TrainingStatus.ofCode(status));
    }

    /** The day it is due: the due date, or, once a recurring completion has expired, the day it expired. */
    public LocalDate effectiveDue() {
        return status != TrainingStatus.COMPLETED && completedOn != null && expiresOn != null ? expiresOn : dueOn;
    }
}
