package org.centrecpd.security;

import org.centrecpd.support.PostgresTest;
import org.centrecpd.support.TestPostgres;

/**
 * The same on a real PostgreSQL (see {@link TestPostgres}): the migration
 * (a nullable password hash, timestamps with time zone), the scoped "without a sign-in" and "not yet
 * accepted" lists, and the leaver check that runs on every request.
 */
@PostgresTest
class PostgresInvitationsAndResetsTest extends InvitationsAndResetsTest {
}
