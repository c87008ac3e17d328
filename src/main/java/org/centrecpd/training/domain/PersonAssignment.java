package org.centrecpd.training.domain;

import java.time.LocalDate;
import org.centrecpd.training.TrainingStatus;

/** One assignment in a person's training record, cancelled ones included. */
public record PersonAssignment(long id, String courseSlug, String courseTitle, LocalDate dueOn, boolean required,
                               Integer refreshMonths, LocalDate assignedOn, LocalDate cancelledOn, LocalDate completedOn,
                               LocalDate expiresOn, LocalDate renewalOpensOn, TrainingStatus status) {

    public PersonAssignment(long id, String courseSlug, String courseTitle, LocalDate dueOn, boolean required,
                            Integer refreshMonths, LocalDate assignedOn, LocalDate cancelledOn, LocalDate completedOn,
                            LocalDate expiresOn, LocalDate renewalOpensOn, int status) {
        this(id, courseSlug, courseTitle, dueOn, required, refreshMonths, assignedOn, cancelledOn, completedOn, expiresOn,
            renewalOpensOn, TrainingStatus.ofCode(status));
    }
}
