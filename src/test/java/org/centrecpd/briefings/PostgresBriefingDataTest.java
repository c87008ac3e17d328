package org.centrecpd.briefings;

import org.centrecpd.support.PostgresTest;

/** Briefings' data contract on a real PostgreSQL started by the test. */
@PostgresTest
class PostgresBriefingDataTest extends BriefingDataContract {
}
