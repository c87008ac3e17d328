package org.centrecpd.casestudies.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.OnOpenSearch;
import org.centrecpd.support.SignIn;
import org.centrecpd.support.TestOpenSearch;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A rebuild of the shared index builds the next version beside the one in use and switches the aliases when it is
 * complete ({@link VersionedIndex}): searches keep finding everything during the rebuild, and afterwards read and
 * write go to the new index and the old one is gone. An index that no longer matches the app's mapping (as after an
 * upgrade that changed it) is rebuilt so at start-up instead of stopping the start.
 */
@CentreTest
@OnOpenSearch
class VersionedIndexOnOpenSearchTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudySearch search;
    @Autowired
    CaseStudyIndexer indexer;
    @Autowired
    VersionedIndex versioned;
    @Autowired
    IndexAtStartUp startUp;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void draft(String title) {
        SignIn.as(users, DemoLogins.PARTNER);
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        caseStudies.create(new CaseStudyForm(title, "Story sacks lent to families for the weekend.", null, 2024,
            Set.of(ashbrook), Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(), Set.of(), null));
    }

    private long found(String words) {
        return search.search(SearchRequest.of(words), 0, 10).total();
    }

    private static int status(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestOpenSearch.url() + path))
            .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void searchAnswersFromTheOldIndexDuringARebuildAndFromTheNewOneAfterIt() throws Exception {
        draft("Thistledown story sacks");
        VersionedIndex.Aliases before = versioned.aliases();
        assertThat(before.read()).isEqualTo(before.write()).matches("case-studies-\\d{6}");

        // The rebuild is held as soon as it knows how much it has to do: the new index exists, written to, still empty.
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        CompletableFuture<?> rebuild = indexer.rebuild(new MassIndexingMonitor() {
            @Override
            public void addToTotalCount(long count) {
                started.countDown();
                try {
                    goOn.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void documentsAdded(long count) {
            }

            @Override
            public void documentsBuilt(long count) {
            }

            @Override
            public void entitiesLoaded(long count) {
            }

            @Override
            public void indexingCompleted() {
            }
        });
        assertThat(started.await(2, TimeUnit.MINUTES)).as("the rebuild started").isTrue();
        VersionedIndex.Aliases during = versioned.aliases();
        String next = VersionedIndex.nextVersion(before.read());
        assertThat(during).as("writes go to the new index, searches to the old").isEqualTo(new VersionedIndex.Aliases(before.read(), next));
        assertThat(found("thistledown")).as("found during the rebuild (the in-place rebuild emptied the index first)").isEqualTo(1);

        goOn.countDown();
        rebuild.get(3, TimeUnit.MINUTES);

        assertThat(versioned.aliases()).as("both aliases on the new index").isEqualTo(new VersionedIndex.Aliases(next, next));
        assertThat(status("HEAD", "/" + before.read(), null)).as("the old index deleted").isEqualTo(404);
        assertThat(found("thistledown")).as("found in the new index").isEqualTo(1);
    }

    @Test
    void anIndexThatNoLongerMatchesTheMappingIsRebuiltAtStartUpAsTheNextVersion() throws Exception {
        draft("Periwinkle baby massage");
        // What an upgrade meets: the aliases on an index written by an older mapping (here, one that lacks every field).
        String old = versioned.aliases().read();
        String older = VersionedIndex.nextVersion(old);
        assertThat(status("PUT", "/" + older, "{\"mappings\":{\"properties\":{\"title\":{\"type\":\"keyword\"}}}}")).isEqualTo(200);
        assertThat(status("POST", "/_aliases", """
            {"actions":[{"remove":{"index":"%1$s","alias":"case-studies-read"}},{"remove":{"index":"%1$s","alias":"case-studies-write"}},
             {"add":{"index":"%2$s","alias":"case-studies-read"}},{"add":{"index":"%2$s","alias":"case-studies-write","is_write_index":true}}]}"""
            .formatted(old, older))).isEqualTo(200);
        status("DELETE", "/" + old, null);
        assertThat(versioned.matchesMapping()).as("Hibernate Search's validation refuses it").isFalse();

        startUp.run(null);

        String rebuilt = VersionedIndex.nextVersion(older);
        assertThat(versioned.aliases()).isEqualTo(new VersionedIndex.Aliases(rebuilt, rebuilt));
        assertThat(versioned.matchesMapping()).as("the new index has this version's mapping").isTrue();
        assertThat(found("periwinkle")).as("filled from the database").isEqualTo(1);
        assertThat(status("HEAD", "/" + older, null)).as("the old index deleted").isEqualTo(404);
    }
}
