package org.centrecpd.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The postgres profile has no built-in database password: without DATABASE_PASSWORD it does not start. */
class DatabasePasswordCheckTest {

    private static final String POSTGRES_PROFILE = "classpath:application-postgres.properties";

    private static MockEnvironment postgresProfile(MockEnvironment environment) throws IOException {
        environment.getPropertySources().addLast(new ResourcePropertySource(POSTGRES_PROFILE));
        return environment;
    }

    private static DatabasePasswordCheck checkOn(MockEnvironment environment) {
        DatabasePasswordCheck check = new DatabasePasswordCheck();
        check.setEnvironment(environment);
        return check;
    }

    @Test
    void thePostgresProfileHasNoDefaultPassword() throws IOException {
        assertThat(new ResourcePropertySource(POSTGRES_PROFILE).getProperty("spring.datasource.password"))
            .isEqualTo("${DATABASE_PASSWORD}");
    }

    @Test
    void withoutDatabasePasswordTheStartStopsSayingWhatToSet() throws IOException {
        assertThatThrownBy(() -> checkOn(postgresProfile(new MockEnvironment())).postProcessBeanFactory(null))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("set the environment variable DATABASE_PASSWORD");
    }

    @Test
    void thePasswordComesFromDatabasePasswordOrSpringsOwnProperty() throws IOException {
        MockEnvironment fromVariable = postgresProfile(new MockEnvironment().withProperty("DATABASE_PASSWORD", "from the environment"));
        assertThatCode(() -> checkOn(fromVariable).postProcessBeanFactory(null)).doesNotThrowAnyException();
        assertThat(fromVariable.getProperty("spring.datasource.password")).isEqualTo("from the environment");

        MockEnvironment fromProperty = postgresProfile(new MockEnvironment().withProperty("spring.datasource.password", "given"));
        assertThatCode(() -> checkOn(fromProperty).postProcessBeanFactory(null)).doesNotThrowAnyException();
    }
}
