package org.centrecpd.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link CentreTest}'s context on a real PostgreSQL ({@link TestPostgres}: one server per test run), with
 * the production profile's database settings. A data-layer test is written once, for H2, and runs here
 * too by a subclass carrying this annotation: the same checks on both databases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
@ContextConfiguration(initializers = PostgresTest.Database.class)
@Import(TestClock.Config.class)
public @interface PostgresTest {

    /** Points the context at the tests' PostgreSQL server (started on first use). */
    class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", java.util.Map.of(
                "spring.datasource.url", TestPostgres.jdbcUrl(),
                "spring.datasource.username", TestPostgres.user(),
                "spring.datasource.password", "")));
        }
    }
}
