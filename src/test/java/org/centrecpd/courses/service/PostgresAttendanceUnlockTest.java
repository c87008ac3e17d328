package org.centrecpd.courses.service;

import org.centrecpd.support.PostgresTest;

/** {@link AttendanceUnlockContract} on a real PostgreSQL: the widened source check and the attendance query run there too. */
@PostgresTest
class PostgresAttendanceUnlockTest extends AttendanceUnlockContract {
}
