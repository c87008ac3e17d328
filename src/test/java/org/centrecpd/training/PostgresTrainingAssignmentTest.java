package org.centrecpd.training;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same checks on a real PostgreSQL (see {@link TestPostgres}): the set-based insert, month arithmetic, GROUP BY. */
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
class PostgresTrainingAssignmentTest extends TrainingAssignmentTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TrainingDatabase::postgresUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
