package org.centrecpd.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The Spring context that most tests share: the whole app on the tests' in-memory H2 database with the
 * demo data, the settable {@link TestClock}, and mail sent to the tests' SMTP port (see
 * {@code config/application.properties}). A test adds nothing else that changes the context (no
 * properties of its own, no private database): Spring starts this context once for all of them.
 * A test that writes rows makes its own people and centres with {@link Fixture} and asserts about
 * those, never about the demo data's counts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@Import(TestClock.Config.class)
public @interface CentreTest {
}
