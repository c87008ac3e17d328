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
 * The app serving HTTP on a random port, with the demo case studies (documents read by Tika and found by
 * search): the context of the real-browser journeys ({@link BrowserTestSupport}) and of the tests that speak
 * HTTP to the app or need the demo library. One context for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "centrecpd.demo.case-studies=true")
@Import(TestClock.Config.class)
public @interface WebTest {
}
