package org.centrecpd.training.domain;

import java.time.LocalDate;
import org.centrecpd.training.TrainingStatus;

/** One of my assignments, for My learning. */
public record MyAssignment(long id, String courseSlug, String courseTitle, LocalDate dueOn, boolean required,
                           Integer refreshMonths, LocalDate completedOn, LocalDate expiresOn, LocalDate renewalOpensOn,
                           boolean started) {

    public TrainingStatus status(LocalDate day) {
        return TrainingStatus.of(dueOn, completedOn, expiresOn, renewalOpensOn, day);
    }

    /** The day it is (or was) due: the due date, or, once the renewal window opened, the valid-until date. */
    public LocalDate dueDate(LocalDate day) {
        return TrainingStatus.effectiveDue(dueOn, completedOn, expiresOn, renewalOpensOn, day);
    }
}
