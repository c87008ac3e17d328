package org.centrecpd.casestudies;

import org.centrecpd.support.CentreTest;

/** The extraction queue shared by app nodes, on the embedded default database, H2. */
@CentreTest
class H2ExtractionQueueTest extends ExtractionQueueContract {
}
