package org.centrecpd.training.domain;

import java.time.LocalDate;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.training.TrainingStatus;

/**
 * One person's assignment of one course in a centre's matrix, with its status, the day it is due, the completion
 * held and its valid-until day ({@code completedOn}, {@code expiresOn}: null if none was held), all as on the day
 * asked about (worked out in the query by {@link TrainingStatus}'s rules).
 */
public record MatrixCell(long personId, String fullName, JobRole jobRole, long assignmentId, long courseId, String courseTitle,
                         LocalDate dueOn, boolean required, LocalDate completedOn, LocalDate expiresOn, LocalDate effectiveDue,
                         TrainingStatus status) {

    public MatrixCell(long personId, String fullName, JobRole jobRole, long assignmentId, long courseId, String courseTitle,
                      LocalDate dueOn, boolean required, LocalDate completedOn, LocalDate expiresOn, LocalDate effectiveDue,
                      int status) {
        this(personId, fullName, jobRole, assignmentId, courseId, courseTitle, dueOn, required, completedOn, expiresOn,
            effectiveDue, TrainingStatus.ofCode(status));
    }
}
