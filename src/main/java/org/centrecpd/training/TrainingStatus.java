package org.centrecpd.training;

import java.time.LocalDate;

/**
 * Where an assignment stands on a day, and the day it is due. This class is the one owner of both rules:
 * in Java ({@link #of}, {@link #effectiveDue}) and in SQL ({@link #sql}, {@link #effectiveDueSql}), which
 * {@link TrainingFunctions} teaches the query language as {@code training_status(…)} and
 * {@code effective_due(…)} and plain-SQL queries call directly. TrainingStatusRuleTest checks the Java and
 * the SQL forms give the same answer on every kind of row, on the database.
 * <ul>
 *   <li>completed: completed on or before the day and, if it is a certification (it recurs), still valid
 *       (the day is on or before its valid-until date, {@code expires_on}) with its renewal window not yet open;</li>
 *   <li>renewal due: still valid, but the renewal window has opened ({@code renewal_opens_on} on or before
 *       the day): the assignment is open again and due on the valid-until date;</li>
 *   <li>expired: the certification's valid-until date has passed and it was not renewed: not the same as
 *       never done (due, overdue) nor as late for a first time (overdue);</li>
 *   <li>overdue: never completed (by the day) and the due date has passed;</li>
 *   <li>due: otherwise (in progress is "due" with the course started: only My learning asks).</li>
 * </ul>
 * As at a day before the assignment's latest completion, a certification is judged by the period held on that day
 * (the latest {@code certification_period} completed by then: its valid-until and renewal-window days), since a
 * renewal replaces the assignment's own dates: the day before a renewal was completed (or renewal due, or expired),
 * never due or overdue again. The SQL reads that period only for such rows (none as at today), so the roll-up of
 * today reads no history.
 * Codes are the ordinals, appended to, never reordered: stored nowhere, but the SQL answers them.
 */
public enum TrainingStatus {
    DUE, OVERDUE, COMPLETED, EXPIRED, RENEWAL_DUE;

    /**
     * The status code ({@link #ordinal()}: 0 due, 1 overdue, 2 completed, 3 expired, 4 renewal due) of the
     * assignment {@code a} on {@code :day}, for query-language strings (a compile-time constant, for {@code @Query}).
     */
    public static final String SQL = " training_status(a.id, a.completedOn, a.expiresOn, a.renewalOpensOn, a.dueOn, :day) ";

    /** Assignment {@code a} is held on {@code :day} (completed, or renewal due): {@link #valid()}, for query-language strings. */
    public static final String VALID_SQL = SQL + " in (2, 4) ";

    /** The day assignment {@code a} is (or was) due on {@code :day}, for query-language strings. */
    public static final String DUE_SQL = " effective_due(a.id, a.completedOn, a.expiresOn, a.renewalOpensOn, a.dueOn, :day) ";

    /**
     * The completion held on {@code :day} by assignment {@code a} (null: none yet), for query-language strings: before a
     * renewal, the one of the period held then, not the renewal's later date.
     */
    public static final String COMPLETED_THEN_SQL = " completed_then(a.id, a.completedOn, a.expiresOn, :day) ";

    /** The valid-until day of the certification assignment {@code a} held on {@code :day} (null: none, or taken once). */
    public static final String VALID_UNTIL_THEN_SQL = " valid_until_then(a.id, a.completedOn, a.expiresOn, :day) ";

    /** An assignment counts on {@code :day} from the day it was made until the day it was cancelled. */
    public static final String LIVE = " in_force(a.assignedOn, a.cancelledOn, :day) ";

    /**
     * The status code in SQL over the given columns (or parameters) and day, for the assignment {@code id}.
     * <p>
     * Nested like {@link #of} so that each row tests "completed by then" once: the roll-up evaluates
     * this for every assignment, and on H2 (which interprets expressions) the flat form, with that
     * test repeated in three branches, cost about 6 ms more of its ~80 ms at CompletionBenchmark's size.
     * The period held then is read only for a certification completed after the day.
     */
    public static String sql(String id, String completedOn, String expiresOn, String renewalOpensOn, String dueOn, String day) {
        return """
            (case when %2$s <= %6$s
                       then (case when %3$s is null or %3$s >= %6$s then (case when %4$s <= %6$s then 4 else 2 end) else 3 end)
                  when %2$s > %6$s and %3$s is not null
                       then coalesce((select case when cpx.valid_until < %6$s then 3 when cpx.renewal_opens_on <= %6$s then 4 else 2 end
                                       %7$s), (case when %5$s < %6$s then 1 else 0 end))
                  when %5$s < %6$s then 1
                  else 0 end)""".formatted(id, completedOn, expiresOn, renewalOpensOn, dueOn, day, heldThen(id, day));
    }

    /** The day it is (or was) due on {@code day}, in SQL: {@link #effectiveDue}. */
    public static String effectiveDueSql(String id, String completedOn, String expiresOn, String renewalOpensOn, String dueOn, String day) {
        return """
            (case when %2$s <= %6$s then (case when %4$s <= %6$s then %3$s else %5$s end)
                  when %2$s > %6$s and %3$s is not null
                       then coalesce((select case when cpx.renewal_opens_on <= %6$s then cpx.valid_until end %7$s), %5$s)
                  else %5$s end)""".formatted(id, completedOn, expiresOn, renewalOpensOn, dueOn, day, heldThen(id, day));
    }

    /**
     * The completion held on {@code day}, in SQL: the latest one if it was made by then; before a certification's
     * latest completion, the one that began the period held then (null: none was held, as for a course taken once
     * and completed later). What the status of that day ({@link #sql}) is judged by, so the two cannot disagree.
     */
    public static String completedThenSql(String id, String completedOn, String expiresOn, String day) {
        return """
            (case when %2$s <= %4$s then %2$s
                  when %2$s > %4$s and %3$s is not null then (select cpx.completed_on %5$s)
                  end)""".formatted(id, completedOn, expiresOn, day, heldThen(id, day));
    }

    /** The valid-until day of the completion held on {@code day} ({@link #completedThenSql}), in SQL; null for a course taken once. */
    public static String validUntilThenSql(String id, String completedOn, String expiresOn, String day) {
        return """
            (case when %2$s <= %4$s then %3$s
                  when %2$s > %4$s and %3$s is not null then (select cpx.valid_until %5$s)
                  end)""".formatted(id, completedOn, expiresOn, day, heldThen(id, day));
    }

    /** From-clause of the certification period assignment {@code id} held on {@code day} (its latest completed by then), as {@code cpx}. */
    private static String heldThen(String id, String day) {
        return """
            from certification_period cpx where cpx.assignment_id = %1$s and cpx.completed_on =
                 (select max(cpy.completed_on) from certification_period cpy where cpy.assignment_id = %1$s and cpy.completed_on <= %2$s)"""
            .formatted(id, day);
    }

    /** The status (SQL) counts as holding the course on the day: {@link #valid()}, in SQL. */
    public static String validSql(String statusSql) {
        return statusSql + " in (2, 4)";
    }

    /** The status on a day on or after the latest completion (or of an assignment never renewed): see {@link #of(LocalDate, LocalDate, LocalDate, LocalDate, LocalDate, Validity)}. */
    public static TrainingStatus of(LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn, LocalDate renewalOpensOn,
                                    LocalDate day) {
        return of(dueOn, completedOn, expiresOn, renewalOpensOn, day, null);
    }

    /**
     * The status on {@code day}; {@code heldThen} is the certification period held on that day when the latest
     * completion came after it (the latest period completed by then; null: none), as {@link #sql} reads it.
     */
    public static TrainingStatus of(LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn, LocalDate renewalOpensOn,
                                    LocalDate day, Validity heldThen) {
        if (completedOn != null && !completedOn.isAfter(day)) {
            if (expiresOn == null || !expiresOn.isBefore(day)) {
                return renewalOpensOn != null && !renewalOpensOn.isAfter(day) ? RENEWAL_DUE : COMPLETED;
            }
            return EXPIRED;
        }
        if (completedOn != null && expiresOn != null && heldThen != null) {
            return heldThen.validUntil().isBefore(day) ? EXPIRED : heldThen.renewalOpensOn().isAfter(day) ? COMPLETED : RENEWAL_DUE;
        }
        return dueOn.isBefore(day) ? OVERDUE : DUE;
    }

    /** The due day on a day on or after the latest completion: see {@link #effectiveDue(LocalDate, LocalDate, LocalDate, LocalDate, LocalDate, Validity)}. */
    public static LocalDate effectiveDue(LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn, LocalDate renewalOpensOn,
                                         LocalDate day) {
        return effectiveDue(dueOn, completedOn, expiresOn, renewalOpensOn, day, null);
    }

    /**
     * The day an assignment is (or was) due, as seen on {@code day}: its due date, or, once the renewal
     * window of a certification completed by then has opened, its valid-until date (the day to renew by);
     * before the latest completion, the same of the period held then ({@code heldThen}, null: none).
     */
    public static LocalDate effectiveDue(LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn, LocalDate renewalOpensOn,
                                         LocalDate day, Validity heldThen) {
        if (completedOn != null && !completedOn.isAfter(day)) {
            return renewalOpensOn != null && !renewalOpensOn.isAfter(day) ? expiresOn : dueOn;
        }
        if (completedOn != null && expiresOn != null && heldThen != null && !heldThen.renewalOpensOn().isAfter(day)) {
            return heldThen.validUntil();
        }
        return dueOn;
    }

    /**
     * The valid-until date and renewal-window opening of a certification completed on {@code day}: valid for
     * {@code months}; renewed inside the window of the certification it replaces ({@code previousUntil}, the
     * window opened by {@code previousOpens}), the new period runs on from the old one's end, so renewing early
     * loses no time (as Totara's "use certification expiry date"). Null for a course taken once.
     */
    public static Validity validity(LocalDate day, Integer months, int windowDays, LocalDate previousOpens, LocalDate previousUntil) {
        if (months == null) {
            return null;
        }
        boolean insideWindow = previousOpens != null && previousUntil != null && !day.isBefore(previousOpens) && !day.isAfter(previousUntil);
        LocalDate until = (insideWindow ? previousUntil : day).plusMonths(months);
        return new Validity(until, until.minusDays(windowDays));
    }

    /** A certification's last valid day and the day its renewal window opens. */
    public record Validity(LocalDate validUntil, LocalDate renewalOpensOn) {
    }

    /** Still holding the course on the day: completed, or renewal due (not yet expired). */
    public boolean valid() {
        return this == COMPLETED || this == RENEWAL_DUE;
    }

    public static TrainingStatus ofCode(int code) {
        return values()[code];
    }

    /** Translation key. */
    public String key() {
        return "training.status." + switch (this) {
            case RENEWAL_DUE -> "renewal";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
