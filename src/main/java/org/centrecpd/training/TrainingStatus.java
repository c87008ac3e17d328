package org.centrecpd.training;

import java.time.LocalDate;

/**
 * Where an assignment stands on a day, and the day it is due. This class is the one owner of both rules:
 * in Java ({@link #of}, {@link #effectiveDue}) and in SQL ({@link #sql}, {@link #effectiveDueSql}), which
 * {@link TrainingFunctions} teaches the query language as {@code training_status(…)} and
 * {@code effective_due(…)} and plain-SQL queries call directly. TrainingStatusRuleTest checks the Java and
 * the SQL forms give the same answer on every kind of row, on the database.
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
     * The status code ({@link #ordinal()}: 0 due, 1 overdue, 2 completed) of the assignment {@code a} on
     * {@code :day}, for query-language strings (a compile-time constant, for {@code @Query}).
     */
    public static final String SQL = " training_status(a.completedOn, a.expiresOn, a.dueOn, :day) ";

    /** An assignment counts on {@code :day} from the day it was made until the day it was cancelled. */
    public static final String LIVE = " in_force(a.assignedOn, a.cancelledOn, :day) ";

    /**
     * The status code in SQL over the given columns (or parameters) and day.
     * <p>
     * Nested like {@link #of} so that each row tests "completed by then" once: the roll-up evaluates
     * this for every assignment, and on H2 (which interprets expressions) the flat form, with that
     * test repeated in three branches, cost about 6 ms more of its ~80 ms at CompletionBenchmark's size.
     */
    public static String sql(String completedOn, String expiresOn, String dueOn, String day) {
        return """
            (case when %1$s <= %4$s
                       then (case when %2$s is null or %2$s > %4$s then 2 when %2$s < %4$s then 1 else 0 end)
                  when %3$s < %4$s then 1
                  else 0 end)""".formatted(completedOn, expiresOn, dueOn, day);
    }

    /** The day it is (or was) due on {@code day}, in SQL: {@link #effectiveDue}. */
    public static String effectiveDueSql(String completedOn, String expiresOn, String dueOn, String day) {
        return "(case when %1$s <= %4$s and %2$s <= %4$s then %2$s else %3$s end)".formatted(completedOn, expiresOn, dueOn, day);
    }

    public static TrainingStatus of(LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn, LocalDate day) {
        if (completedOn != null && !completedOn.isAfter(day)) {
            if (expiresOn == null || expiresOn.isAfter(day)) {
                return COMPLETED;
            }
            return expiresOn.isBefore(day) ? OVERDUE : DUE;
        }
        return dueOn.isBefore(day) ? OVERDUE : DUE;
    }

    /**
     * The day an assignment is (or was) due, as seen on {@code day}: its due date, or, once a recurring
     * completion made by then has expired by then, the day it expired (it became due again that day).
     */
    public static LocalDate effectiveDue(LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn, LocalDate day) {
        boolean expiredCompletion = completedOn != null && !completedOn.isAfter(day) && expiresOn != null && !expiresOn.isAfter(day);
        return expiredCompletion ? expiresOn : dueOn;
    }

    public static TrainingStatus ofCode(int code) {
        return values()[code];
    }

    /** Translation key. */
    public String key() {
        return "training.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
