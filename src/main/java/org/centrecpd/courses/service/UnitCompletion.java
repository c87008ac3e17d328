package org.centrecpd.courses.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of "Mark unit as complete".
 *
 * @param missing the required questions still unanswered (their prompts); the unit was not completed if any
 * @param courseCompleted this completion finished the whole course
 * @param cpdHours the hours credited when it did (else null)
 */
public record UnitCompletion(List<String> missing, boolean courseCompleted, BigDecimal cpdHours, Integer nextOrder) {

    public boolean completed() {
        return missing.isEmpty();
    }
}
