package org.centrecpd.benchmarks;

import org.centrecpd.support.OnOpenSearch;

/** {@link SearchBackendBenchmark} on OpenSearch 2.19 (a node in its own JVM on this machine, support.TestOpenSearch). */
@OnOpenSearch
class OpenSearchSearchBackendBenchmark extends SearchBackendBenchmark {
}
