package org.centrecpd.benchmarks;

import org.centrecpd.support.PostgresTest;

/** {@link RuleBenchmark} on a real PostgreSQL. */
@PostgresTest
class PostgresRuleBenchmark extends RuleBenchmark {
}
