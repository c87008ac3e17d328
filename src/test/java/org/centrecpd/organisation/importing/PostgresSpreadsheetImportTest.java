package org.centrecpd.organisation.importing;

import org.centrecpd.support.PostgresTest;
import org.centrecpd.support.TestPostgres;

/** The same imports on a real PostgreSQL (see {@link TestPostgres}), on a database of their own there. */
@PostgresTest
class PostgresSpreadsheetImportTest extends SpreadsheetImportTest {

}
