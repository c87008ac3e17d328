package org.centrecpd.base;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Teaches Hibernate's query language the one effective-dating condition, so that queries say
 * {@code in_force(e.period.validFrom, e.period.validTo, :day)} instead of spelling out
 * "started on or before the day and not yet ended" (which had been copied, with small variations,
 * into eleven queries). It renders to plain SQL that H2 and PostgreSQL both run and that can use
 * the indexes on the date columns. Registered through {@code META-INF/services}. The few queries
 * written in plain SQL render the same condition with {@link #inForceSql}.
 */
public class PeriodFunctions implements FunctionContributor {

    public static final String IN_FORCE = "in_force";
    /** Not over by the day: in force, or still to start (a job someone has been offered). */
    public static final String NOT_ENDED = "not_ended";

    /** The condition, in SQL, for the period {@code validFrom}–{@code validTo} (columns) on {@code day} (a parameter). */
    public static String inForceSql(String validFrom, String validTo, String day) {
        return "(%1$s<=%3$s and (%2$s is null or %2$s>%3$s))".formatted(validFrom, validTo, day);
    }

    /** {@link #NOT_ENDED} in SQL for the period ending {@code validTo} (a column) on {@code day}. */
    public static String notEndedSql(String validTo, String day) {
        return "(%1$s is null or %1$s>%2$s)".formatted(validTo, day);
    }

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry()
            .patternDescriptorBuilder(IN_FORCE, inForceSql("?1", "?2", "?3"))
            .setExactArgumentCount(3)
            .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
            .register();
        functions.getFunctionRegistry()
            .patternDescriptorBuilder(NOT_ENDED, notEndedSql("?1", "?2"))
            .setExactArgumentCount(2)
            .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
            .register();
    }
}
