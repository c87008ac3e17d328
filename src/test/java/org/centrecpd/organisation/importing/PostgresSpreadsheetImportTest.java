package org.centrecpd.organisation.importing;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same imports on a real PostgreSQL (see {@link TestPostgres}), on a database of their own there. */
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
class PostgresSpreadsheetImportTest extends SpreadsheetImportTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ImportDatabase::postgresUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
