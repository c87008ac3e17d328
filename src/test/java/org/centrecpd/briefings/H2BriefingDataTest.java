package org.centrecpd.briefings;

import org.centrecpd.support.CentreTest;

/** Briefings' data contract on the embedded default database, H2. */
@CentreTest
class H2BriefingDataTest extends BriefingDataContract {
}
