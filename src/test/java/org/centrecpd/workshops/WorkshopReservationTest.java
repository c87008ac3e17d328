package org.centrecpd.workshops;

import org.centrecpd.support.CentreTest;

/** {@link WorkshopReservationContract} on H2. */
@CentreTest
class WorkshopReservationTest extends WorkshopReservationContract {
}
