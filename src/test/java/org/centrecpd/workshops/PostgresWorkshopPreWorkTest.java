package org.centrecpd.workshops;

import org.centrecpd.support.PostgresTest;

/** {@link WorkshopPreWorkContract} on a real PostgreSQL: the unit mark and the one statement that reads progress against it. */
@PostgresTest
class PostgresWorkshopPreWorkTest extends WorkshopPreWorkContract {
}
