package org.centrecpd.demo;

import org.centrecpd.support.PostgresTest;

/** The load data's set-based SQL on a real PostgreSQL started by the test. */
@PostgresTest
class PostgresLoadDataTest extends LoadDataContract {
}
