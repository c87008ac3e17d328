package org.centrecpd.training.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.training.domain.DatedCentreTotals;

/** The roll-up as at several days in one statement (a fragment of {@link CompletionFigures}). */
public interface TrainingTrend {

    /**
     * The roll-up as at each of {@code days}, in one statement: the days are a {@code values} list joined
     * like a table, each person's assignments are added up per day (as in the roll-up), each centre is under
     * the provider and group it had on each day and each person under the centre they worked at that day.
     * {@code centreId} narrows it to one centre (-1: every centre in scope), and then only the people who ever
     * worked there are added up.
     */
    List<DatedCentreTotals> trend(CentreScope scope, List<LocalDate> days, long centreId);
}
