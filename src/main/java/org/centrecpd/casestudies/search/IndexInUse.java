package org.centrecpd.casestudies.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Whether the index on disk may have lost its last changes. A save waits until the index can be
 * searched with it ({@code read-sync}), not until it is committed to disk: Lucene commits (an fsync
 * of every new file) about once a second instead of once per save, which more than halves the time
 * of an upload (see {@code CaseStudyUploadBenchmark}). The price is that a server killed, or a
 * machine losing power, can lose up to a second of index changes. So a marker file is kept in the
 * index folder while the server runs: it is written before Hibernate Search opens the index and
 * removed only after Hibernate Search has closed it (which commits). Found at start-up, it means the
 * last run did not close the index, and the index is rebuilt from the database ({@link IndexAtStartUp}).
 * <p>
 * Only for the index in a local folder; an Elasticsearch or OpenSearch cluster keeps its own
 * transaction log, and an index in memory (tests) starts empty anyway.
 */
@Component
class IndexInUse implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexInUse.class);
    static final String MARKER = "in-use.marker";

    private final Path marker;
    private final boolean leftOpen;

    IndexInUse(@Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String type,
               @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:data/index}") Path root) throws IOException {
        if (!"local-filesystem".equals(type)) {
            marker = null;
            leftOpen = false;
            return;
        }
        marker = root.resolve(MARKER);
        leftOpen = Files.exists(marker);
        if (leftOpen) {
            log.warn("The search index was not closed when the server last stopped; it will be rebuilt from the database");
        }
        Files.createDirectories(root);
        Files.writeString(marker, "The server is running with this index open. Left here after a stop, it means the index is rebuilt at the next start.\n");
    }

    /** Whether the previous run stopped without closing the index, so its last changes may be missing. */
    boolean leftOpen() {
        return leftOpen;
    }

    /** Called after the entity manager factory, and with it Hibernate Search, has closed and committed the index. */
    @Override
    public void destroy() throws IOException {
        if (marker != null) {
            Files.deleteIfExists(marker);
        }
    }

    /** Created before, and so destroyed after, the entity manager factory that opens and closes the index. */
    @Configuration(proxyBeanMethods = false)
    static class BeforeTheIndexOpens {
        @Bean
        static EntityManagerFactoryDependsOnPostProcessor indexInUseFirst() {
            return new EntityManagerFactoryDependsOnPostProcessor(IndexInUse.class);
        }
    }
}
