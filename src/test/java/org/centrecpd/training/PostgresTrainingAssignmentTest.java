package org.centrecpd.training;

import org.centrecpd.support.PostgresTest;
import org.centrecpd.support.TestPostgres;

/** The same checks on a real PostgreSQL (see {@link TestPostgres}): the set-based insert, month arithmetic, GROUP BY. */
@PostgresTest
class PostgresTrainingAssignmentTest extends TrainingAssignmentTest {

}
