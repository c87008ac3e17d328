package org.centrecpd.base;

import org.centrecpd.support.CentreTest;

/** Every repository created, its queries checked, on the tests' H2. */
@CentreTest
class H2RepositoriesTest extends RepositoriesContract {
}
