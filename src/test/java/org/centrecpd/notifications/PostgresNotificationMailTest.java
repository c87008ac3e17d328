package org.centrecpd.notifications;

import org.centrecpd.support.PostgresTest;

/** The same on a real PostgreSQL: preferences, notices, the digest's scoped queries and its once-a-week claim. */
@PostgresTest
class PostgresNotificationMailTest extends NotificationMailTest {
}
