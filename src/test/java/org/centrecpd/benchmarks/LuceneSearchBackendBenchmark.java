package org.centrecpd.benchmarks;

import org.springframework.test.context.TestPropertySource;

/** {@link SearchBackendBenchmark} on the Lucene backend (the tests' index in memory), with a database of its own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bench-lucene;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class LuceneSearchBackendBenchmark extends SearchBackendBenchmark {
}
