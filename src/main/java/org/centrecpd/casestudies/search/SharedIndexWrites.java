package org.centrecpd.casestudies.search;

import org.centrecpd.casestudies.domain.CaseStudyChanged;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Index writes that survive the death of the node that committed the change, for an index several nodes share
 * (issue 35 §1: {@code centrecpd.search.backend=elasticsearch}).
 * <p>
 * As a transactional listener, each {@link CaseStudyChanged} is stored by Spring Modulith's event publication
 * registry in the same transaction as the change, and marked handled only once the entry is written. So:
 * <ul>
 * <li>written at the commit, on the committing thread, as on Lucene: a search right after a save finds it;</li>
 * <li>an index write that fails (the cluster briefly unreachable) leaves the publication FAILED, and any node's
 * {@code base.FailedEventRetry} writes it again a few minutes later;</li>
 * <li>a node that dies between the commit and the write leaves the publication unfinished; once it is older than
 * {@code spring.modulith.events.staleness.*} the registry marks it FAILED, and the retry on a live node writes it.</li>
 * </ul>
 * Each write reads the case study as the database holds it then, so a late or repeated write is never stale.
 * Hibernate Search's own answer, outbox-polling coordination, would do the same through its own tables; its
 * module for Hibernate Search 8.3 is not served by the Maven repository these machines reach (see
 * docs/operations.md), and the registry is already in every node.
 */
@Component
@ConditionalOnProperty(name = SearchBackend.SETTING, havingValue = SearchBackend.ELASTICSEARCH)
class SharedIndexWrites {

    private final CaseStudyIndexer indexer;

    SharedIndexWrites(CaseStudyIndexer indexer) {
        this.indexer = indexer;
    }

    // A change announced outside a transaction (none is today) is written at once, still through the registry.
    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseStudyChanged changed) {
        indexer.write(changed.caseStudyId());
    }
}
