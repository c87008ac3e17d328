package org.centrecpd.casestudies.search;

import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import org.centrecpd.base.AfterCommit;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.CaseStudyChanged;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of the case-study index. Each change a user or the document reader makes is announced
 * ({@link CaseStudyChanged}) inside its transaction; once that transaction has committed, the case study is
 * read again from the database and written to the index, on the committing thread (so that a change is
 * searchable when the call that made it returns), one write at a time.
 * <p>
 * One at a time, each reading the database after the commit that asked for it: so the last entry written
 * for a case study always holds everything committed before it. Hibernate Search's automatic indexing
 * would write each transaction's own view instead, at its own commit: a user's save that had read the case
 * study's documents before the document reader saved a text, and committed after it, wrote the entry
 * without that text, last (ExtractionWorker used to index every save a second time to repair it). So
 * Hibernate Search does not index case studies by itself: it is told not to here, at start-up, for this
 * entity only, and this class includes it again in its own sessions.
 * <p>
 * On one node's own Lucene index, not an event through Spring Modulith's publication registry
 * ({@code @TransactionalEventListener} would put one there): the index is a copy, rebuilt from the database at
 * start-up when it may have lost changes ({@link IndexAtStartUp}), and a registry row would cost every save two
 * more writes for nothing. On an index several nodes share (OpenSearch) a change whose node dies between the
 * commit and the index write would not be repaired by any start-up, so there the registry carries it
 * ({@link SharedIndexWrites}), and this class only writes.
 */
@Component
public class CaseStudyIndexer {

    private static final Logger log = LoggerFactory.getLogger(CaseStudyIndexer.class);

    private final EntityManager entityManager;
    private final TransactionTemplate newTransaction;
    private final ReentrantLock writing = new ReentrantLock();

    private final boolean throughRegistry;
    private final VersionedIndex versioned; // null on Lucene, whose rebuild does not empty what searches read

    CaseStudyIndexer(EntityManager entityManager, PlatformTransactionManager transactions, SearchBackend backend,
                     ObjectProvider<VersionedIndex> versioned) {
        this.entityManager = entityManager;
        this.throughRegistry = backend.shared();
        this.versioned = versioned.getIfAvailable();
        this.newTransaction = new TransactionTemplate(transactions);
        // After the commit the committing transaction's resources are still bound to the thread: a new one.
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Search.mapping(entityManager.getEntityManagerFactory()).indexingPlanFilter(f -> f.exclude(CaseStudy.class));
    }

    @EventListener
    void on(CaseStudyChanged changed) {
        if (!throughRegistry) {
            AfterCommit.run(() -> index(changed.caseStudyId()));
        }
    }

    /** Writes the case study's entry as the database holds it now (or takes it out, if it is gone). */
    void index(long caseStudyId) {
        try {
            write(caseStudyId);
        } catch (RuntimeException e) {
            // The change itself has committed; its next change, or a rebuild, writes the entry again.
            log.warn("Case study {} could not be written to the search index", caseStudyId, e);
        }
    }

    /** {@link #index}, failing when the entry could not be written, so that whoever asked can ask again. */
    void write(long caseStudyId) {
        writing.lock();
        try {
            newTransaction.executeWithoutResult(t -> {
                SearchSession session = Search.session(entityManager);
                session.indexingPlanFilter(f -> f.include(CaseStudy.class));
                CaseStudy study = entityManager.find(CaseStudy.class, caseStudyId);
                if (study == null) {
                    session.indexingPlan().purge(CaseStudy.class, caseStudyId, null);
                } else {
                    session.indexingPlan().addOrUpdate(study);
                }
            }); // written, and searchable (read-sync), when this transaction commits
        } finally {
            writing.unlock();
        }
    }

    /**
     * Rebuilds the whole index from the database, in the background, merged into one segment at the end:
     * facet counts map each value across segments on every query, so a freshly built index of many segments
     * answers about half as fast (see the benchmark). Searches keep answering from the old index meanwhile (on
     * OpenSearch, the previous version of the index until the aliases move: {@link VersionedIndex}).
     */
    CompletableFuture<?> rebuild(MassIndexingMonitor monitor) {
        if (versioned != null) {
            return inTheBackground(() -> versioned.rebuild(() -> fillNewIndex(monitor))
                .orElseThrow(() -> new IllegalStateException("Another node is rebuilding the search index")));
        }
        return Search.mapping(entityManager.getEntityManagerFactory()).scope(CaseStudy.class).massIndexer()
            .mergeSegmentsOnFinish(true).monitor(monitor).start().toCompletableFuture();
    }

    /** Merges the index into one segment ({@link NightlyIndexMerge}); searches go on from the old segments meanwhile. */
    void mergeSegments() {
        Search.mapping(entityManager.getEntityManagerFactory()).scope(CaseStudy.class).workspace().mergeSegments();
    }

    /** {@link #rebuild}, waiting for it: before anyone searches. */
    void rebuildNow() throws InterruptedException {
        if (versioned != null) {
            versioned.rebuild(() -> fillNewIndex(null)) // Hibernate Search's own monitor: progress in the log
                .ifPresent(index -> log.info("The case-study index is now {}", index));
            return;
        }
        Search.mapping(entityManager.getEntityManagerFactory()).scope(CaseStudy.class).massIndexer()
            .mergeSegmentsOnFinish(true).startAndWait();
    }

    /** Fills the new, empty index of a versioned rebuild ({@link VersionedIndex}) through its write alias. */
    private void fillNewIndex(MassIndexingMonitor monitor) throws InterruptedException {
        var massIndexer = Search.mapping(entityManager.getEntityManagerFactory()).scope(CaseStudy.class).massIndexer()
            .purgeAllOnStart(false) // nothing to purge
            .mergeSegmentsOnFinish(true);
        if (monitor != null) {
            massIndexer.monitor(monitor);
        }
        massIndexer.startAndWait();
    }

    private interface Rebuild {
        Object run() throws InterruptedException;
    }

    private static CompletableFuture<?> inTheBackground(Rebuild rebuild) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        Thread.ofPlatform().name("index-rebuild").daemon().start(() -> {
            try {
                done.complete(rebuild.run());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(e);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }
}
