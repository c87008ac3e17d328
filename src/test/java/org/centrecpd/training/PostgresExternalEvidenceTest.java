package org.centrecpd.training;

import org.centrecpd.support.PostgresTest;

/** {@link ExternalEvidenceContract} on a real PostgreSQL. */
@PostgresTest
class PostgresExternalEvidenceTest extends ExternalEvidenceContract {
}
