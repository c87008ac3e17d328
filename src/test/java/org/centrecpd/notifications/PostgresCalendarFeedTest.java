package org.centrecpd.notifications;

import org.centrecpd.support.PostgresTest;

/** The same on a real PostgreSQL: the feed's queries over bookings, assignments and reviews, and the token table. */
@PostgresTest
class PostgresCalendarFeedTest extends CalendarFeedTest {
}
