package org.centrecpd.courses.service;

import org.centrecpd.support.PostgresTest;
import org.centrecpd.support.TestPostgres;

/**
 * The learner's side on a real PostgreSQL: the catalogue's criteria queries (member-of, escaped
 * LIKE, numeric ranges), CPD sums and the journal upsert run there as on H2.
 */
@PostgresTest
class PostgresCourseLearningTest extends CourseLearningTest {

}
