package org.centrecpd.training;

import org.centrecpd.support.CentreTest;

/** {@link ExternalEvidenceContract} on H2. */
@CentreTest
class ExternalEvidenceTest extends ExternalEvidenceContract {
}
