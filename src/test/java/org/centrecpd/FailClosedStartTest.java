package org.centrecpd;

import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app as a small authority would run it: no profile, nothing given. It must not open itself to
 * anyone who has read the README: no demo person, no demo login, no invented password; the log says
 * how to create the first admin. (The tests' own configuration turns the demo profile on; this test
 * turns it off again, on a database of its own.)
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {
    "spring.profiles.active=",
    "spring.datasource.url=jdbc:h2:mem:fail-closed;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class FailClosedStartTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void withoutTheDemoProfileNoDemoPersonAndNoLoginIsCreated() {
        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from local_authority", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isZero();
        assertThat(jdbc.queryForList("select username from user_account", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from person where email in (?, ?)", Long.class,
            DemoLogins.PRACTITIONER, DemoLogins.MANAGER)).isZero();
    }

    @Test
    void withNoAdminAndNoneGivenTheLogSaysHowToCreateOne(CapturedOutput output) {
        assertThat(output.getAll())
            .contains("No admin account exists")
            .contains("CENTRECPD_ADMIN_EMAIL")
            .contains("CENTRECPD_ADMIN_PASSWORD")
            .contains("at least 12 characters")
            .doesNotContain(DemoLogins.PASSWORD);
    }
}
