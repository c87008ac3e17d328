package org.centrecpd.training.domain;

import java.time.LocalDate;
import org.centrecpd.training.TrainingStatus;

/**
 * One person a rule reached: when they joined its audience, when it assigned them, by when, where the assignment
 * stands today, and when they left the audience (null: still in it) or the assignment was cancelled.
 */
public record RuleReach(long assignmentId, long personId, String name, LocalDate joinedOn, LocalDate assignedOn, LocalDate dueOn,
                        LocalDate leftOn, LocalDate cancelledOn, LocalDate completedOn, TrainingStatus status) {

    public RuleReach(long assignmentId, long personId, String name, LocalDate joinedOn, LocalDate assignedOn, LocalDate dueOn,
                     LocalDate leftOn, LocalDate cancelledOn, LocalDate completedOn, int status) {
        this(assignmentId, personId, name, joinedOn, assignedOn, dueOn, leftOn, cancelledOn, completedOn, TrainingStatus.values()[status]);
    }

    /** Still claimed by the rule: in its audience, and not cancelled by hand. */
    public boolean counts() {
        return leftOn == null && cancelledOn == null;
    }
}
