package org.centrecpd.casestudies;

import org.centrecpd.support.PostgresTest;

/** The extraction queue shared by app nodes, on a real PostgreSQL started by the test. */
@PostgresTest
class PostgresExtractionQueueTest extends ExtractionQueueContract {
}
