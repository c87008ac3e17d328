package org.centrecpd.workshops;

import org.centrecpd.support.CentreTest;

/** {@link WorkshopPreWorkContract} on H2. */
@CentreTest
class WorkshopPreWorkTest extends WorkshopPreWorkContract {
}
