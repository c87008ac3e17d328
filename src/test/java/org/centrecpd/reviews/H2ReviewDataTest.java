package org.centrecpd.reviews;

import org.centrecpd.support.CentreTest;

/** The termly review's data contract on the embedded default database, H2. */
@CentreTest
class H2ReviewDataTest extends ReviewDataContract {
}
