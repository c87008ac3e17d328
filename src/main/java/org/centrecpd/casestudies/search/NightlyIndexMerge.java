package org.centrecpd.casestudies.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Merges the case-study index into one segment every night. Each save adds a small segment, which
 * Lucene's own merging folds together (300 saves one by one left four segments in the benchmark), and
 * an edited case study leaves its old copy behind, deleted but still read past. One segment answers
 * a little faster ({@code CaseStudySearchBenchmark}: p95 13.6 ms after 300 edits, 12.0 ms after this
 * merge, at 10 000 case studies) and takes less disk. A rebuild ends merged too; an index left in the
 * two dozen segments of an unmerged bulk load answered almost three times slower (p95 32.7 ms).
 * Searches go on meanwhile, from the segments as they were until the merge is done.
 * <p>
 * Not behind a lock: with the Lucene backend every app node has its own index to merge. Only with that backend
 * ({@link SearchBackend}): an OpenSearch cluster merges its segments itself, and a nightly force-merge asked by every
 * app node would be the cluster's work many times over.
 */
@Component
@ConditionalOnProperty(name = SearchBackend.SETTING, havingValue = SearchBackend.LUCENE, matchIfMissing = true)
public class NightlyIndexMerge {

    private static final Logger log = LoggerFactory.getLogger(NightlyIndexMerge.class);

    private final CaseStudyIndexer indexer;

    NightlyIndexMerge(CaseStudyIndexer indexer) {
        this.indexer = indexer;
    }

    @Scheduled(cron = "${centrecpd.search.merge-cron:0 30 2 * * *}", zone = "Europe/London")
    public void run() {
        long start = System.nanoTime();
        indexer.mergeSegments();
        log.info("Merged the case-study index into one segment in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
