package org.centrecpd.organisation;

import org.springframework.boot.test.context.SpringBootTest;

/** The data-layer contract on the embedded default database, H2. */
@SpringBootTest
class H2OrganisationDataTest extends OrganisationDataContract {
}
