package org.centrecpd.casestudies;

import org.centrecpd.support.WebTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo library from the first start: a dozen case studies, found by phrases that exist only inside their documents. */
@WebTest
class DemoCaseStudiesTest {

    @Autowired
    CaseStudySearch search;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.centrecpd.casestudies.search.IndexRebuild rebuild;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPractitionerFindsADemoCaseStudyByAPhraseInsideItsDocument() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (jdbc.queryForObject("select count(*) from case_study_attachment where status in ('QUEUED', 'EXTRACTING')", Long.class) > 0
            && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(jdbc.queryForObject("select count(*) from case_study", Long.class)).isGreaterThanOrEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from case_study_attachment where status = 'SEARCHABLE'", Long.class))
            .isGreaterThanOrEqualTo(12);
        assertThat(jdbc.queryForList("select distinct file_type from case_study_attachment", String.class))
            .contains("PDF", "Word");

        var amara = users.loadUserByUsername(DemoLogins.PRACTITIONER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(amara, null, amara.getAuthorities()));
        // The cached test contexts in this JVM are several app nodes on one database, each with its own Lucene index:
        // another context's worker may have claimed and read the demo's documents, and a node indexes what it reads
        // (until search moves to OpenSearch, issue 35 §1). Index this node from the database, as a node does at start.
        var admin = users.loadUserByUsername(org.centrecpd.demo.DemoLogins.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        rebuild.start(p -> { }).get(2, java.util.concurrent.TimeUnit.MINUTES);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(amara, null, amara.getAuthorities()));
        // Extracted and committed is not yet searchable: the index is written from the database just after each
        // batch commits, on the worker's thread. Wait for it as a person would, by searching again.
        SearchResults found = search.search(SearchRequest.of("mud kitchen"), 0, 10);
        long indexed = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (found.hits().isEmpty() && System.nanoTime() < indexed) {
            Thread.sleep(500);
            found = search.search(SearchRequest.of("mud kitchen"), 0, 10);
        }
        assertThat(found.hits()).extracting(SearchResults.Hit::title).containsExactly("Forest School sessions for two-year-olds");
        assertThat(found.hits().getFirst().snippets()).anyMatch(s -> s.contains("<mark>mud</mark> <mark>kitchen</mark>"));
        assertThat(search.search(SearchRequest.of("rainmaker shakers"), 0, 10).hits()).hasSize(1);
        // The draft in review is not hers to see.
        assertThat(search.search(SearchRequest.of("allotment"), 0, 10).total()).isZero();
    }
}
