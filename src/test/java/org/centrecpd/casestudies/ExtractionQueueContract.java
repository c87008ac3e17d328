package org.centrecpd.casestudies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.centrecpd.casestudies.domain.ExtractionStatus;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.casestudies.service.ExtractionQueue;
import org.centrecpd.casestudies.service.ExtractionWorker;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The extraction queue shared by app nodes (issue 35 §3), on each database: nodes claiming at the same moment
 * never take the same document; a lease left behind by a node that died is claimed again once it has run out,
 * not before; and a document half-read by a node that died is read to the end by a live node after the lease.
 * The nodes here are {@link ExtractionQueue}s with names of their own on the context's database, beside the
 * context's own worker (and, in a full run, the workers of the other cached contexts on the same database):
 * every check is about this test's own rows and holds whoever else claims some of them.
 */
abstract class ExtractionQueueContract {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudySearch search;
    @Autowired
    ExtractionWorker worker;
    @Autowired
    UserDetailsService users;
    @TempDir
    Path folder;

    private long caseStudy;
    private final List<ExtractionQueue> nodes = new ArrayList<>();

    @BeforeEach
    void aDraftToAttachTo() {
        SignIn.as(users, DemoLogins.PARTNER);
        long ashbrook = jdbc.sql("select id from centre where name = 'Ashbrook Children''s Centre'").query(Long.class).single();
        caseStudy = caseStudies.create(new CaseStudyForm("Queue " + System.nanoTime(), "Shared by two nodes.", "None lost",
            2019, Set.of(ashbrook), Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(LeadershipQuality.INTEGRATED_WORKING),
            Set.of(), null));
    }

    @AfterEach
    void putBackAndSignOut() {
        // What the test nodes still hold goes back at once, so that no document of another test waits for their leases.
        nodes.forEach(ExtractionQueue::releaseAll);
        jdbc.sql("delete from case_study_attachment where case_study_id = ? and sha256 like 'feed%'").param(caseStudy).update();
        SecurityContextHolder.clearContext();
    }

    private ExtractionQueue node(String name, Duration lease) {
        ExtractionQueue node = new ExtractionQueue(jdbc, tx, name + "-" + System.nanoTime(), lease);
        nodes.add(node);
        return node;
    }

    /** Queued rows whose file does not exist: whoever else claims one ends it as failed, which changes nothing here. */
    private Set<Long> queued(int count) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into case_study_attachment (case_study_id, file_name, size_bytes, sha256, status, uploaded_at, version)
                    values (?, ?, 1, ?, 'QUEUED', current_timestamp, 0)""")
                .params(caseStudy, "queued-" + i + ".pdf", "feed" + "%060d".formatted(i)).update(key, "id");
            ids.add(key.getKey().longValue());
        }
        return ids;
    }

    private String claimedBy(long id) {
        return jdbc.sql("select claimed_by from case_study_attachment where id = ?").param(id).query(String.class).optional().orElse(null);
    }

    private String status(long id) {
        return jdbc.sql("select status from case_study_attachment where id = ?").param(id).query(String.class).single();
    }

    @Test
    void twoNodesClaimingAtOnceNeverTakeTheSameDocument() throws Exception {
        Set<Long> mine = queued(60);
        ExtractionQueue first = node("first", Duration.ofMinutes(1));
        ExtractionQueue second = node("second", Duration.ofMinutes(1));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Long>>> claims = new ArrayList<>();
        try {
            for (int t = 0; t < 6; t++) {
                ExtractionQueue node = t % 2 == 0 ? first : second;
                claims.add(threads.submit(() -> {
                    go.await();
                    List<Long> taken = new ArrayList<>();
                    for (List<Long> batch = node.claim(3); !batch.isEmpty(); batch = node.claim(3)) {
                        taken.addAll(batch);
                    }
                    return taken;
                }));
            }
            go.countDown();
            var byFirst = new ConcurrentHashMap<Long, Integer>();
            var bySecond = new ConcurrentHashMap<Long, Integer>();
            for (int t = 0; t < claims.size(); t++) {
                var tally = t % 2 == 0 ? byFirst : bySecond;
                claims.get(t).get(60, TimeUnit.SECONDS).stream().filter(mine::contains).forEach(id -> tally.merge(id, 1, Integer::sum));
            }
            // Each document once: never by both nodes, never twice by one node's threads. (How many each node gets is
            // up to the scheduler: on a busy machine one node's threads can take them all before the other's run.)
            Set<Long> byBoth = new HashSet<>(byFirst.keySet());
            byBoth.retainAll(bySecond.keySet());
            assertThat(byBoth).as("claimed by both nodes").isEmpty();
            assertThat(byFirst.values()).allMatch(n -> n == 1);
            assertThat(bySecond.values()).allMatch(n -> n == 1);
            assertThat(byFirst.size() + bySecond.size()).as("claimed by the two nodes").isPositive();
            // The table agrees with each node, and none was left behind.
            byFirst.keySet().forEach(id -> assertThat(claimedBy(id)).isEqualTo(first.node()));
            bySecond.keySet().forEach(id -> assertThat(claimedBy(id)).isEqualTo(second.node()));
            assertThat(mine).allSatisfy(id -> assertThat(status(id)).isNotEqualTo("QUEUED"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aLeaseLeftBehindIsClaimedAgainOnlyOnceItHasRunOut() throws Exception {
        ExtractionQueue alive = node("alive", Duration.ofMinutes(1));
        // Every worker on this database polls too (the context's own, and in a full run those of the other cached
        // contexts). One of them may take the row in the moment after the lease ran out, before this test's live node
        // does: that shows the same rule from another node, and the scenario is played again with a new row until the
        // live node is the one that takes over. A lease that never runs out fails every round.
        for (int round = 1; ; round++) {
            assertThat(round).as("rounds before this test's live node took over a lease that ran out").isLessThanOrEqualTo(5);
            ExtractionQueue died = node("died", Duration.ofSeconds(2));
            long row = claimedFirstBy(died);
            long version = jdbc.sql("select version from case_study_attachment where id = ?").param(row).query(Long.class).single();

            assertThat(alive.claim(50)).doesNotContain(row);
            assertThat(claimedBy(row)).isEqualTo(died.node());

            Thread.sleep(2_500);
            boolean tookOver = alive.claim(50).contains(row);
            assertThat(claimedBy(row)).as("who holds the row once the lease ran out").isNotEqualTo(died.node());
            // The node that comes back late may not save over the one that took over, whichever that was.
            assertThat(tx.<Boolean>execute(t -> died.finish(row))).isEqualTo(Boolean.FALSE);
            if (tookOver) {
                assertThat(claimedBy(row)).isEqualTo(alive.node());
                assertThat(jdbc.sql("select version from case_study_attachment where id = ?").param(row).query(Long.class).single())
                    .isEqualTo(version + 1);
                assertThat(tx.<Boolean>execute(t -> alive.finish(row))).isEqualTo(Boolean.TRUE);
                return;
            }
        }
    }

    /** A queued row of this test that this node claimed before any worker did (a row a worker took first is its own). */
    private long claimedFirstBy(ExtractionQueue node) {
        for (int attempt = 1; ; attempt++) {
            assertThat(attempt).as("attempts to claim a row of this test before the context's worker").isLessThanOrEqualTo(5);
            long id = queued(1).iterator().next();
            if (node.claim(50).contains(id)) {
                return id;
            }
        }
    }

    @Test
    void aDocumentHalfReadByANodeThatDiedIsReadToTheEndAfterTheLease() throws Exception {
        Path pdf = Documents.pdf(folder, "abandoned.pdf", "The node reading this died of a bilby stampede.");
        long attachment = caseStudies.attach(caseStudy, "abandoned.pdf", pdf).id();
        waitFor(attachment, ExtractionStatus.SEARCHABLE, Duration.ofSeconds(60));
        // The crash: a node claimed it, had read part of it and died, leaving its lease (3 s) behind.
        jdbc.sql("""
                update case_study_attachment set status = 'EXTRACTING', extracted_text = null, claimed_by = 'died-mid-read',
                  lease_until = current_timestamp + 3 * interval '1' second, version = version + 1 where id = ?""")
            .param(attachment).update();

        worker.run(null); // polls now: the lease still holds, so the live node leaves the document alone
        Thread.sleep(1_000);
        assertThat(status(attachment)).isEqualTo("EXTRACTING");
        assertThat(claimedBy(attachment)).isEqualTo("died-mid-read");

        Thread.sleep(2_500);
        worker.run(null);
        waitFor(attachment, ExtractionStatus.SEARCHABLE, Duration.ofSeconds(60));
        assertThat(claimedBy(attachment)).isNull();
        SearchResults found = search.search(SearchRequest.of("bilby stampede"), 0, 10);
        assertThat(found.hits()).extracting(SearchResults.Hit::id).contains(caseStudy);
    }

    private void waitFor(long attachment, ExtractionStatus wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (status(attachment).equals(wanted.name())) {
                Thread.sleep(300); // the index is refreshed a moment after the commit
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Attachment " + attachment + " was not " + wanted + " within " + within + " but " + status(attachment));
    }
}
