package org.centrecpd.demo;

import org.centrecpd.support.PostgresTest;

/** The demo data and its year of history, on a real PostgreSQL started by the test. */
@PostgresTest
class PostgresDemoDataTest extends DemoDataContract {
}
