package org.centrecpd.reviews;

import org.centrecpd.support.CentreTest;

/** {@link LastReviewsContract} on the embedded default database, H2. */
@CentreTest
class H2LastReviewsTest extends LastReviewsContract {
}
