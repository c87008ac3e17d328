package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Without demo data there is no built-in admin: the first one comes from the environment, once,
 * and only with a password of a sensible length.
 */
@SpringBootTest(properties = {
    "spring.profiles.active=",
    "spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
    "CENTRECPD_ADMIN_EMAIL=Head.Of.Service@council.example",
    "CENTRECPD_ADMIN_PASSWORD=correct horse battery"})
class FirstAdminTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountService accounts;

    @Test
    void theFirstAdminComesFromTheEnvironmentAndNoDemoLoginExists() {
        assertThat(jdbc.queryForList("select username from user_account", String.class))
            .containsExactly("head.of.service@council.example");
        String hash = jdbc.queryForObject("select password_hash from user_account", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(accounts.loadUserByUsername("HEAD.of.service@council.example").getAuthorities())
            .extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }
}
