package org.centrecpd.base;

import org.centrecpd.support.PostgresTest;

/** Every repository created, its queries checked, on a real PostgreSQL started by the test. */
@PostgresTest
class PostgresRepositoriesTest extends RepositoriesContract {
}
