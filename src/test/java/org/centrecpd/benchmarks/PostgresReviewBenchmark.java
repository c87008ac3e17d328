package org.centrecpd.benchmarks;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ReviewBenchmark} on a real PostgreSQL (see {@link TestPostgres}). Not part of the build (surefire runs only
 * classes named *Test): {@code ./mvnw test -Dtest='*ReviewBenchmark'}.
 */
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
class PostgresReviewBenchmark extends ReviewBenchmark {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
