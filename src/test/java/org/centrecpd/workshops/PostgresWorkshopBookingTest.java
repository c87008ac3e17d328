package org.centrecpd.workshops;

import org.centrecpd.support.PostgresTest;
import org.centrecpd.support.TestPostgres;

/**
 * The same on a real PostgreSQL (see {@link TestPostgres}): the row lock and the conditional update
 * that hold the last place, the queue's sequence, and everything else.
 */
@PostgresTest
class PostgresWorkshopBookingTest extends WorkshopBookingTest {

}
