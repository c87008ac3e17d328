package org.centrecpd.reviews;

import org.centrecpd.support.PostgresTest;

/** {@link LastReviewsContract} on a real PostgreSQL started by the test. */
@PostgresTest
class PostgresLastReviewsTest extends LastReviewsContract {
}
