package org.centrecpd.training;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Teaches the query language the training rules that {@link TrainingStatus} owns, so that queries say
 * {@code training_status(a.id, a.completedOn, a.expiresOn, a.renewalOpensOn, a.dueOn, :day)} rather than carrying a copy of the
 * rule. Each renders to the same plain SQL as {@link TrainingStatus#sql} (H2 and PostgreSQL run it as
 * written). Registered through {@code META-INF/services}, like {@code base.PeriodFunctions}.
 */
public class TrainingFunctions implements FunctionContributor {

    public static final String STATUS = "training_status";
    public static final String EFFECTIVE_DUE = "effective_due";
    public static final String COMPLETED_THEN = "completed_then";
    public static final String VALID_UNTIL_THEN = "valid_until_then";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        var types = functions.getTypeConfiguration().getBasicTypeRegistry();
        functions.getFunctionRegistry()
            .patternDescriptorBuilder(STATUS, TrainingStatus.sql("?1", "?2", "?3", "?4", "?5", "?6"))
            .setExactArgumentCount(6)
            .setInvariantType(types.resolve(StandardBasicTypes.INTEGER))
            .register();
        functions.getFunctionRegistry()
            .patternDescriptorBuilder(EFFECTIVE_DUE, TrainingStatus.effectiveDueSql("?1", "?2", "?3", "?4", "?5", "?6"))
            .setExactArgumentCount(6)
            .setInvariantType(types.resolve(StandardBasicTypes.LOCAL_DATE))
            .register();
        functions.getFunctionRegistry()
            .patternDescriptorBuilder(COMPLETED_THEN, TrainingStatus.completedThenSql("?1", "?2", "?3", "?4"))
            .setExactArgumentCount(4)
            .setInvariantType(types.resolve(StandardBasicTypes.LOCAL_DATE))
            .register();
        functions.getFunctionRegistry()
            .patternDescriptorBuilder(VALID_UNTIL_THEN, TrainingStatus.validUntilThenSql("?1", "?2", "?3", "?4"))
            .setExactArgumentCount(4)
            .setInvariantType(types.resolve(StandardBasicTypes.LOCAL_DATE))
            .register();
    }
}
