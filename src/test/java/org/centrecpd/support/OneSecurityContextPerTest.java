package org.centrecpd.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static holder at the security-context strategy of the test's own
 * application context, before @WithUserDetails signs the test user in.
 * <p>
 * Each application context brings a Vaadin-aware strategy with its own thread-local, and the last
 * context started wins the static holder. When the suite starts a second context (PostgreSQL,
 * other properties), tests that run afterwards in the first one would sign in through one strategy
 * (the bean, used by Spring Security's test support and method security) and be read through
 * another (the static holder: CurrentUser, Vaadin's view access checks), and look signed out.
 */
public class OneSecurityContextPerTest implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // Spring Security's WithSecurityContextTestExecutionListener runs at 10000.
        return 9000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class)
            .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
