package org.centrecpd.training;

import org.centrecpd.support.PostgresTest;

/** The certification's life on a real PostgreSQL: the status rule, the renewal dates, the period history. */
@PostgresTest
class PostgresTrainingCertificationTest extends TrainingCertificationTest {

}
