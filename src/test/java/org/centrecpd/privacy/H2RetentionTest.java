package org.centrecpd.privacy;

import org.centrecpd.support.CentreTest;

/** The retention contract on the embedded default database, H2. */
@CentreTest
class H2RetentionTest extends RetentionContract {
}
