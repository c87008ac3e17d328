package org.centrecpd.privacy;

import org.centrecpd.support.PostgresTest;

/** The retention contract on a real PostgreSQL (see {@code TestPostgres}). */
@PostgresTest
class PostgresRetentionTest extends RetentionContract {
}
