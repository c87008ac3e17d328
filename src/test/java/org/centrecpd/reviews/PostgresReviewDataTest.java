package org.centrecpd.reviews;

import org.centrecpd.support.PostgresTest;

/** The termly review's data contract on a real PostgreSQL started by the test. */
@PostgresTest
class PostgresReviewDataTest extends ReviewDataContract {
}
