package org.centrecpd.demo;

import org.centrecpd.support.CentreTest;

/** The load data on H2 (the embedded database). */
@CentreTest
class H2LoadDataTest extends LoadDataContract {
}
