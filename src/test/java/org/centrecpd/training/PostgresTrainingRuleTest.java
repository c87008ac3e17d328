package org.centrecpd.training;

import org.centrecpd.support.PostgresTest;

/** {@link AssignmentRuleContract} on a real PostgreSQL: the insert-select with its date arithmetic, the updates. */
@PostgresTest
class PostgresTrainingRuleTest extends AssignmentRuleContract {
}
