package org.centrecpd.courses.service;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The event publication registry on a real PostgreSQL: V4's tables validate against Spring
 * Modulith's JPA entities, and a failed listener's publication is kept, resubmitted and archived there
 * as on H2.
 */
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
class PostgresCourseCompletedDeliveryTest extends CourseCompletedDeliveryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
