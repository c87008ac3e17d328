package org.centrecpd.base;

import org.centrecpd.support.PostgresTest;

/** Scheduled jobs run once across two nodes, on a real PostgreSQL started by the test. */
@PostgresTest
class PostgresSchedulerLocksTest extends SchedulerLocksContract {
}
