package org.centrecpd.base;

import org.centrecpd.support.CentreTest;

/** Scheduled jobs run once across two nodes, on the embedded default database, H2. */
@CentreTest
class H2SchedulerLocksTest extends SchedulerLocksContract {
}
