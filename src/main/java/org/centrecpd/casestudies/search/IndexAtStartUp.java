package org.centrecpd.casestudies.search;

import jakarta.persistence.EntityManager;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index is a copy: the database is the truth. When the index is missing or empty (a new data
 * folder, a deleted index, a restore of the database alone) while the database holds case
 * studies, or when the last run stopped without closing it or left it unreadable ({@link IndexInUse}), it is rebuilt from
 * the database before anyone searches. On a shared index (OpenSearch) that no longer matches the mapping of this
 * version of the app, the index is rebuilt as the next version beside the old one, and the aliases switched when it
 * is complete ({@link VersionedIndex}): the nodes still running the old version search the old index meanwhile.
 */
@Component
@Order(50)
class IndexAtStartUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexAtStartUp.class);

    private final EntityManager entityManager;
    private final TransactionTemplate tx;
    private final IndexInUse inUse; // null with an OpenSearch cluster, which keeps its own transaction log
    private final VersionedIndex versioned; // null with Lucene: the index folder is this version's own
    private final CaseStudyIndexer indexer;

    IndexAtStartUp(EntityManager entityManager, TransactionTemplate tx, ObjectProvider<IndexInUse> inUse,
                   ObjectProvider<VersionedIndex> versioned, CaseStudyIndexer indexer) {
        this.entityManager = entityManager;
        this.tx = tx;
        this.inUse = inUse.getIfAvailable();
        this.versioned = versioned.getIfAvailable();
        this.indexer = indexer;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (versioned != null && !versioned.matchesMapping()) {
            long start = System.nanoTime();
            indexer.rebuildNow();
            log.info("Rebuilt the case-study index for this version's mapping in {} ms", (System.nanoTime() - start) / 1_000_000);
            return;
        }
        long[] counts = tx.execute(t -> new long[]{
            entityManager.createQuery("select count(c) from CaseStudy c", Long.class).getSingleResult(),
            Search.session(entityManager).search(CaseStudy.class).where(f -> f.matchAll()).fetchTotalHitCount()});
        if (counts[0] > 0 && (counts[1] < counts[0] || inUse != null && (inUse.leftOpen() || inUse.damaged()))) {
            long start = System.nanoTime();
            indexer.rebuildNow();
            log.info("Rebuilt the case-study index: {} case studies in {} ms", counts[0], (System.nanoTime() - start) / 1_000_000);
        }
    }
}
