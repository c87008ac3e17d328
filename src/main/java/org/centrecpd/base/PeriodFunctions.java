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

    /** The condition, in SQL, for the period {@code validFrom}–{@code validTo} (columns) on {@code day} (a parameter). */
    public static String inForceSql(String validFrom, String validTo, String day) {
        return "(%1$s<=%3$s and (%2$s is null or %2$s>%3$s))".formatted(validFrom, validTo, day);
    }

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry()
            .patternDescriptorBuilder(IN_FORCE, inForceSql("?1", "?2", "?3"))
            .setExactArgumentCount(3)
            .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
            .register();
    }
}
