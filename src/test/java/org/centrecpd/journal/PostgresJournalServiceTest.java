package org.centrecpd.journal;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The journal's queries (filters, member-of, escaped LIKE over sections, shares, line managers) on a real PostgreSQL. */
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
class PostgresJournalServiceTest extends JournalServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
