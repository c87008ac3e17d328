package org.centrecpd.casestudies;

import org.centrecpd.support.PostgresTest;
import org.centrecpd.support.TestPostgres;

/**
 * The library on a real PostgreSQL: the visibility rule's subqueries over element collections and
 * the centre_access view, the upload and extraction steps and the index updates on commit.
 */
@PostgresTest
class PostgresCaseStudyLibraryTest extends CaseStudyLibraryTest {

}
