package org.centrecpd.workshops;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same on a real PostgreSQL (see {@link TestPostgres}): the row lock and the conditional update
 * that hold the last place, the queue's sequence, and everything else.
 */
@SpringBootTest(properties = {"spring.profiles.active=postgres,demo", "centrecpd.mail.enabled=true", "spring.mail.host=localhost",
    "spring.mail.port=3025", "centrecpd.reminders.cron=-"})
class PostgresWorkshopBookingTest extends WorkshopBookingTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", WorkshopsDatabase::postgresUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
