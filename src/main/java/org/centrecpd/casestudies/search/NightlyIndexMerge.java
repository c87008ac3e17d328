package org.centrecpd.casestudies.search;

import jakarta.persistence.EntityManagerFactory;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Merges the case-study index into one segment every night. Each save adds a small segment, and
 * Lucene's merging keeps a few dozen of them; a search then counts its facets and reads its
 * highlights segment by segment, which made a query about twice as slow as on one segment
 * ({@code CaseStudySearchBenchmark}: "after the edits" against "after the nightly merge"). Searches go
 * on meanwhile, from the segments as they were until the merge is done.
 * <p>
 * Not behind a lock: with the Lucene backend every app node has its own index to merge. With
 * Elasticsearch or OpenSearch this is the cluster's force-merge, harmless when more than one node asks.
 */
@Component
public class NightlyIndexMerge {

    private static final Logger log = LoggerFactory.getLogger(NightlyIndexMerge.class);

    private final EntityManagerFactory entityManagerFactory;

    NightlyIndexMerge(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Scheduled(cron = "${centrecpd.search.merge-cron:0 30 2 * * *}", zone = "Europe/London")
    public void run() {
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(CaseStudy.class).workspace().mergeSegments();
        log.info("Merged the case-study index into one segment in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
