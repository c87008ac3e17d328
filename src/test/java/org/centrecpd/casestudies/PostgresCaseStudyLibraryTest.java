package org.centrecpd.casestudies;

import org.centrecpd.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The library on a real PostgreSQL: the visibility rule's subqueries over element collections and
 * the centre_access view, the upload and extraction steps and the index updates on commit.
 */
@SpringBootTest(properties = "spring.profiles.active=postgres,demo")
class PostgresCaseStudyLibraryTest extends CaseStudyLibraryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
