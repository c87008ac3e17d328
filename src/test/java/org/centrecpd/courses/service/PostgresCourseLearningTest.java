package org.centrecpd.courses.service;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The learner's side on a real PostgreSQL: the catalogue's criteria queries (member-of, escaped
 * LIKE, numeric ranges), CPD sums and the journal upsert run there as on H2.
 */
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
class PostgresCourseLearningTest extends CourseLearningTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
