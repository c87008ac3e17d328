package org.centrecpd.journal;

import org.centrecpd.support.PostgresTest;
import org.centrecpd.support.TestPostgres;

/** The journal's queries (filters, member-of, escaped LIKE over sections, shares, line managers) on a real PostgreSQL. */
@PostgresTest
class PostgresJournalServiceTest extends JournalServiceTest {

}
