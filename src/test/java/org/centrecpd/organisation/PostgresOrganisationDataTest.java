package org.centrecpd.organisation;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The data-layer contract on a real PostgreSQL started by the test (see {@link TestPostgres}). */
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
class PostgresOrganisationDataTest extends OrganisationDataContract {

    @org.junit.jupiter.api.Test
    void theContractReallyRunsOnPostgresql() {
        String version = jdbc.queryForObject("select version()", String.class);
        System.out.println("Data-layer contract on: " + version);
        org.assertj.core.api.Assertions.assertThat(version).startsWith("PostgreSQL ");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
