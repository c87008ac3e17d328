package org.centrecpd.casestudies.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.centrecpd.base.FailedEventRetry;
import org.centrecpd.casestudies.domain.CaseStudyChanged;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.OnOpenSearch;
import org.centrecpd.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an index several nodes share (OpenSearch), index writes go through Spring Modulith's event publication registry
 * ({@link SharedIndexWrites}, issue 35 §1): a save is searchable at once and its publication is closed; a change
 * whose node died after the commit and before the index write (its publication left open, the index not written)
 * is written by a live node once the publication is stale, through the failed-event retry every node runs.
 */
@CentreTest
@OnOpenSearch
class SharedIndexWritesOnOpenSearchTest {

    private static final String LISTENER = "%SharedIndexWrites%";

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudySearch search;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    FailedEventRetry retry;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long draft(String title) {
        SignIn.as(users, DemoLogins.PARTNER);
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        return caseStudies.create(new CaseStudyForm(title, "Saturday sessions for fathers and their children.", null, 2024,
            Set.of(ashbrook), Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(), Set.of(), null));
    }

    private long found(String words) {
        return search.search(SearchRequest.of(words), 0, 10).total();
    }

    private int open(long caseStudyId) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like ? and serialized_event like ?",
            Integer.class, LISTENER, "%\"caseStudyId\":" + caseStudyId + "}%");
    }

    @Test
    void aSaveIsSearchableAtOnceAndItsPublicationIsClosed() {
        long id = draft("Quillfeather dads' breakfast");

        assertThat(found("quillfeather")).as("found by its author right after the save").isEqualTo(1);
        assertThat(open(id)).as("no publication left open").isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication_archive where listener_id like ? and serialized_event like ?",
            Integer.class, LISTENER, "%\"caseStudyId\":" + id + "}%")).as("the write's publication, archived as handled").isPositive();
    }

    @Test
    void aChangeWhoseNodeDiedBeforeTheIndexWriteIsWrittenByALiveNodeOnceStale() throws Exception {
        long id = draft("Marigold toddler mornings");
        String listener = jdbc.queryForObject("select listener_id from event_publication_archive where listener_id like ?"
            + " fetch first 1 rows only", String.class, LISTENER);

        // What a node that died leaves: the change committed together with its publication, and no index write.
        tx.executeWithoutResult(t -> {
            jdbc.update("update case_study set title = 'Larkspur toddler mornings' where id = ?", id);
            registry.store(new CaseStudyChanged(id), Stream.of(PublicationTargetIdentifier.of(listener)));
        });
        assertThat(found("larkspur")).as("not in the index yet: nobody wrote it").isZero();
        assertThat(open(id)).isEqualTo(1);

        // A live node: the staleness check marks the publication failed, the retry writes the entry from the database.
        Thread.sleep(50);
        registry.markStalePublicationsFailed(status -> Duration.ofMillis(10));
        retry.retryFailed();

        assertThat(found("larkspur")).as("written by the retry").isEqualTo(1);
        assertThat(found("marigold")).as("the old title is gone from the index").isZero();
        assertThat(open(id)).as("the publication closed").isZero();
    }
}
