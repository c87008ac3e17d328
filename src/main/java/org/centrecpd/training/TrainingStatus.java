package org.centrecpd.training;

import java.time.LocalDate;

/**
 * Where an assignment stands on a day. The rule is written twice, once here for one row and once as
 * {@link #SQL} for queries that count (matrix, roll-up); TrainingStatusTest keeps the two in step.
 * <ul>
 *   <li>completed: completed on or before the day, and (if it recurs) not yet expired;</li>
 *   <li>overdue: not completed and the due date has passed; a completion that expired makes the
 *       assignment due again on the day it expired;</li>
 *   <li>due: otherwise (in progress is "due" with the course started: only My learning asks).</li>
 * </ul>
 */
public enum TrainingStatus {
    DUE, OVERDUE, COMPLETED;

    /**
     * The same rule as a query expression over an assignment {@code a} and a parameter {@code :day},
     * giving the {@link #ordinal()}: 0 due, 1 overdue, 2 completed.
     * <p>
     * Nested like {@link #of} so that each row tests "completed by then" once: the roll-up evaluates
     * this for every assignment, and on H2 (which interprets expressions) the flat form, with that
     * test repeated in three branches, cost about 6 ms more of its ~80 ms at CompletionBenchmark's size.
     */
    public static final String SQL = """
         (case when a.completedOn <= :day
                    then (case when a.expiresOn is null or a.expiresOn > :day then 2 when a.expiresOn < :day then 1 else 0 end)
               when a.dueOn < :day then 1
               else 0 end) """;

    /** An assignment counts on {@code :day} from the day it was made until the day it was cancelled. */
    public static final String LIVE = " (a.assignedOn <= :day and (a.cancelledOn is null or a.cancelledOn > :day)) ";

    /**
     * {@link #SQL} in plain SQL over the {@code assignment} table {@code a}, for a day that is a column
     * {@code dd.on_day} (the trend's series of days). Spelt out because a query annotation needs a
     * constant; TrainingCompletionTest checks it is {@code SQL} with the columns and day replaced.
     */
    public static final String SQL_TABLES_ON_DAY = """
         (case when a.completed_on <= dd.on_day
                    then (case when a.expires_on is null or a.expires_on > dd.on_day then 2 when a.expires_on < dd.on_day then 1 else 0 end)
               when a.due_on < dd.on_day then 1
               else 0 end) """;

    public static TrainingStatus of(LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn, LocalDate day) {
        if (completedOn != null && !completedOn.isAfter(day)) {
            if (expiresOn == null || expiresOn.isAfter(day)) {
                return COMPLETED;
            }
            return expiresOn.isBefore(day) ? OVERDUE : DUE;
        }
        return dueOn.isBefore(day) ? OVERDUE : DUE;
    }

    public static TrainingStatus ofCode(int code) {
        return values()[code];
    }

    /** Translation key. */
    public String key() {
        return "training.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
