package org.centrecpd.training;

import org.centrecpd.support.CentreTest;

/** {@link AssignmentRuleContract} on H2. */
@CentreTest
class TrainingRuleTest extends AssignmentRuleContract {
}
