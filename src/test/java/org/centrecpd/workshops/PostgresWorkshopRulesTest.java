package org.centrecpd.workshops;

import org.centrecpd.support.PostgresTest;

/** The same on a real PostgreSQL: the new statuses' check constraint, the cut-off columns and the approval query. */
@PostgresTest
class PostgresWorkshopRulesTest extends WorkshopRulesTest {
}
