package org.centrecpd.privacy.service;

import org.centrecpd.support.CentreTest;

/** Kinds counted from when they were recorded, on H2. */
@CentreTest
class H2RecordedKindsTest extends RecordedKindsContract {
}
