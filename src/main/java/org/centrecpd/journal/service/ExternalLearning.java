package org.centrecpd.journal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Learning the signed-in person did elsewhere and their line manager verified, for their portfolio. Recorded and
 * verified in the training module, which sits above the journal: like {@link LinkableUnits}, the journal owns the
 * question and training answers it, so the journal never reads training's tables.
 */
public interface ExternalLearning {

    /** One piece of verified learning: what, with whom, when, hours, and the course it counted as (null: none). */
    record Item(String title, String provider, LocalDate completedOn, BigDecimal cpdHours, String course) {
    }

    /** My verified external learning, newest first (none for a sign-in that is not a person). */
    List<Item> mine();
}
