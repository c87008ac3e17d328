package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.CentreTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's case studies (with their documents read by Tika) indexed and searched on one backend: the time of a
 * rebuild from the database, and of searches as a practitioner (words, highlights, the six facets, the visibility
 * filter), each timed alone. Prints one line; asserts only that the searches find something. Both backends in one run:
 * <p>
 * {@code ./mvnw test -Dtest='*SearchBackendBenchmark' -Dsurefire.failIfNoSpecifiedTests=false -Dtests.forks=1}
 * <p>
 * ({@link LuceneSearchBackendBenchmark}, {@link OpenSearchSearchBackendBenchmark}; not part of the normal test run).
 */
@CentreTest
@TestPropertySource(properties = "centrecpd.demo.case-studies=true")
abstract class SearchBackendBenchmark {

    private static final List<String> QUERIES = List.of("mud kitchen", "parents", "rainmaker shakers", "family support",
        "speech and language", "", "outreach", "breakfast club", "volunteers training", "fathers");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 50);

    @Autowired
    CaseStudySearch search;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Value("${centrecpd.search.backend}")
    String backend;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void indexAndSearchTheDemoCaseStudies() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (jdbc.queryForObject("select count(*) from case_study_attachment where status in ('QUEUED', 'EXTRACTING')", Long.class) > 0
            && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long studies = jdbc.queryForObject("select count(*) from case_study", Long.class);
        long documents = jdbc.queryForObject("select count(*) from case_study_attachment where status = 'SEARCHABLE'", Long.class);

        double[] rebuilds = new double[3];
        for (int i = 0; i < rebuilds.length; i++) {
            long start = System.nanoTime();
            Search.mapping(entityManagerFactory).scope(CaseStudy.class).massIndexer().mergeSegmentsOnFinish(true).startAndWait();
            rebuilds[i] = (System.nanoTime() - start) / 1e6;
        }

        var amara = users.loadUserByUsername(DemoLogins.PRACTITIONER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(amara, null, amara.getAuthorities()));
        for (int i = 0; i < 5; i++) { // warm up
            QUERIES.forEach(q -> search.search(SearchRequest.of(q), 0, 10));
        }
        List<Double> times = new ArrayList<>();
        long found = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : QUERIES) {
                long start = System.nanoTime();
                found += search.search(SearchRequest.of(q), 0, 10).hits().size();
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        assertThat(found).isPositive();
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Arrays.sort(rebuilds);
        System.out.printf("SEARCH BACKEND %-13s %d case studies, %d documents | rebuild median %.0f ms (best %.0f) | "
                + "search p50 %.1f ms, p95 %.1f ms, mean %.1f ms over %d searches%n",
            backend, studies, documents, rebuilds[1], rebuilds[0], sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)],
            Arrays.stream(sorted).average().orElseThrow(), sorted.length);
    }
}
