package org.centrecpd.demo;

import org.centrecpd.support.CentreTest;

/** The demo data and its year of history, on the tests' H2. */
@CentreTest
class DemoDataTest extends DemoDataContract {
}
