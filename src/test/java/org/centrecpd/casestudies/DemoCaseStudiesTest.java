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

    @Autowired
    java.time.Clock clock;

    /**
     * The demo's case studies were written and published over the past year (issue 33 §1), not all on the day the demo
     * started: published in at least eight different months of the last twelve, at least one in each of the last two
     * terms (English default dates), each written before it was published; the draft in review was written weeks ago.
     */
    @Test
    void theDemoCaseStudiesArePublishedOverTheYear() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        long partner = jdbc.queryForObject("select id from user_account where username = ?", Long.class, DemoLogins.PARTNER);
        var rows = jdbc.queryForList("select c.created_at, c.published_at from case_study c"
            + " where c.author_account_id = ? and c.status = 'PUBLISHED' and c.published_at >= ?", partner,
            java.sql.Timestamp.valueOf(today.minusYears(1).atStartOfDay()));
        java.util.List<java.time.LocalDate> published = rows.stream()
            .map(r -> ((java.sql.Timestamp) r.get("published_at")).toLocalDateTime().toLocalDate()).sorted().toList();
        assertThat(published.stream().map(java.time.YearMonth::from).distinct().count()).as("months with a publication: " + published)
            .isGreaterThanOrEqualTo(8);
        assertThat(rows).allSatisfy(r -> assertThat((java.sql.Timestamp) r.get("created_at")).isBefore((java.sql.Timestamp) r.get("published_at")));
        org.centrecpd.reviews.Season now = org.centrecpd.reviews.Season.of(today);
        java.time.LocalDate thisTerm = now.defaultStart(org.centrecpd.reviews.Season.schoolYearOf(today));
        java.time.LocalDate dayBefore = thisTerm.minusDays(1);
        java.time.LocalDate lastTerm = org.centrecpd.reviews.Season.of(dayBefore)
            .defaultStart(org.centrecpd.reviews.Season.schoolYearOf(dayBefore));
        assertThat(published).as("published this term").anyMatch(d -> !d.isBefore(thisTerm) && !d.isAfter(today));
        assertThat(published).as("published last term").anyMatch(d -> !d.isBefore(lastTerm) && d.isBefore(thisTerm));
        java.time.LocalDateTime draftWritten = jdbc.queryForObject("select created_at from case_study where title = ?",
            java.sql.Timestamp.class, "Saturday dads' group in the community garden").toLocalDateTime();
        assertThat(draftWritten).as("the draft in review").isBefore(today.minusDays(14).atStartOfDay());
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
