package org.centrecpd.base;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Teaches Hibernate's query language the one effective-dating condition, so that queries say
 * {@code in_force(e.period.validFrom, e.period.validTo, :day)} instead of spelling out
 * "started on or before the day and not yet ended" (which had been copied, with small variations,
 * into eleven queries). It renders to plain SQL that H2 and PostgreSQL both run and that can use
 * the indexes on the date columns. Registered through {@code META-INF/services}.
 */
public class PeriodFunctions implements FunctionContributor {

    public static final String IN_FORCE = "in_force";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry()
            .patternDescriptorBuilder(IN_FORCE, "(?1<=?3 and (?2 is null or ?2>?3))")
            .setExactArgumentCount(3)
            .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
            .register();
    }
}
