package org.centrecpd.security;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same on a real PostgreSQL (see {@link TestPostgres}), in a database of its own: the migration
 * (a nullable password hash, timestamps with time zone), the scoped "without a sign-in" and "not yet
 * accepted" lists, and the leaver check that runs on every request.
 */
@SpringBootTest(properties = {"spring.profiles.active=postgres,demo", "centrecpd.mail.enabled=true", "spring.mail.host=localhost",
    "spring.mail.port=3025", "centrecpd.public-url=https://cpd.council.example", "centrecpd.reminders.cron=-"})
class PostgresInvitationsAndResetsTest extends InvitationsAndResetsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresInvitationsAndResetsTest::url);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }

    private static String url() {
        String url = TestPostgres.jdbcUrl();
        try (var connection = java.sql.DriverManager.getConnection(url, TestPostgres.user(), "");
             var statement = connection.createStatement()) {
            if (!statement.executeQuery("select 1 from pg_database where datname = 'centrecpd_accounts'").next()) {
                statement.execute("create database centrecpd_accounts");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return url.replaceFirst("/postgres(\\?|$)", "/centrecpd_accounts$1");
    }
}
