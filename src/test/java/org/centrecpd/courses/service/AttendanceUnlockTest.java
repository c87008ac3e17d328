package org.centrecpd.courses.service;

import org.centrecpd.support.CentreTest;

/** {@link AttendanceUnlockContract} on H2. */
@CentreTest
class AttendanceUnlockTest extends AttendanceUnlockContract {
}
