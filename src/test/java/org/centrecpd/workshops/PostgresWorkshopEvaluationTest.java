package org.centrecpd.workshops;

import org.centrecpd.support.PostgresTest;
import org.centrecpd.support.TestPostgres;

/**
 * The same on a real PostgreSQL (see {@link TestPostgres}): the primary key that refuses a second answer
 * while the first transaction is still open, and the counts grouped by the database.
 */
@PostgresTest
class PostgresWorkshopEvaluationTest extends WorkshopEvaluationTest {

}
