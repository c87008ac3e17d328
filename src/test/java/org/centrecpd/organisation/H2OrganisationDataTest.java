package org.centrecpd.organisation;

import org.centrecpd.support.CentreTest;

/** The data-layer contract on the embedded default database, H2. */
@CentreTest
class H2OrganisationDataTest extends OrganisationDataContract {
}
