package org.centrecpd.benchmarks;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ExpiryBenchmark} on a real PostgreSQL (see {@link TestPostgres}). */
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
class PostgresExpiryBenchmark extends ExpiryBenchmark {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
