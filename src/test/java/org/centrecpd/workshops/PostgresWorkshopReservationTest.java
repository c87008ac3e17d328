package org.centrecpd.workshops;

import org.centrecpd.support.PostgresTest;

/** {@link WorkshopReservationContract} on a real PostgreSQL: the reservation and interest tables, their statements and checks. */
@PostgresTest
class PostgresWorkshopReservationTest extends WorkshopReservationContract {
}
