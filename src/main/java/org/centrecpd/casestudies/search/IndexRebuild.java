package org.centrecpd.casestudies.search;

import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.centrecpd.security.Role;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.stereotype.Service;

/**
 * An admin's job: rebuild the search index from the database (at start-up it happens by itself when the index
 * is missing or may have lost changes), reporting its progress as it goes.
 */
@Service
public class IndexRebuild {

    /** How far a rebuild has got. */
    public record Progress(long done, long total, boolean finished) {
    }

    private final CaseStudyIndexer indexer;

    IndexRebuild(CaseStudyIndexer indexer) {
        this.indexer = indexer;
    }

    /**
     * Starts the rebuild in the background; {@code progress} is told of each step, from another thread. It is told
     * that the rebuild finished once searches answer from the rebuilt index: on OpenSearch that is after the aliases
     * moved to it ({@link VersionedIndex}), a moment after the mass indexer itself completed.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public CompletableFuture<?> start(Consumer<Progress> progress) {
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        return indexer.rebuild(new MassIndexingMonitor() {
            @Override
            public void addToTotalCount(long count) {
                total.addAndGet(count);
                progress.accept(new Progress(done.get(), total.get(), false));
            }

            @Override
            public void documentsAdded(long count) {
                progress.accept(new Progress(done.addAndGet(count), total.get(), false));
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
        }).thenRun(() -> progress.accept(new Progress(done.get(), total.get(), true)));
    }
}
