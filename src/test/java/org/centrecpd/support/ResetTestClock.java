package org.centrecpd.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Puts the shared {@link TestClock} back to real time after every test, so that a test that forgets to
 * cannot move "today" for the tests that share its context.
 */
public class ResetTestClock extends AbstractTestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }

    @Override
    public int getOrder() {
        return 5000;
    }
}
