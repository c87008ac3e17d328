package org.centrecpd.casestudies.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
 * Before that, the index is checked: opened, and every file's checksum verified (about 0.1 s for the
 * 500 MB index of 10 000 case studies with its files in the page cache, 1.2 s from disk). An index that
 * cannot be read (a file cut short by a full disk, a backup copied in part, a changed byte, an index
 * written by an older Lucene) is deleted, so that Hibernate Search starts with an empty one, and it is
 * rebuilt from the database too. Without this the server would not start: Hibernate Search fails on it.
 * <p>
 * Only for the index in a local folder, so only with the Lucene backend ({@link SearchBackend}); an Elasticsearch or
 * OpenSearch cluster keeps its own transaction log, and an index in memory (tests) starts empty anyway.
 */
@Component
@ConditionalOnProperty(name = SearchBackend.SETTING, havingValue = SearchBackend.LUCENE, matchIfMissing = true)
class IndexInUse implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexInUse.class);
    static final String MARKER = "in-use.marker";

    private final Path marker;
    private final boolean leftOpen;
    private final boolean damaged;

    IndexInUse(@Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String type,
               @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:data/index}") Path root) throws IOException {
        if (!"local-filesystem".equals(type)) {
            marker = null;
            leftOpen = false;
            damaged = false;
            return;
        }
        marker = root.resolve(MARKER);
        leftOpen = Files.exists(marker);
        if (leftOpen) {
            log.warn("The search index was not closed when the server last stopped; it will be rebuilt from the database");
        }
        damaged = deletedIfDamaged(root.resolve(CaseStudy.INDEX));
        Files.createDirectories(root);
        Files.writeString(marker, "The server is running with this index open. Left here after a stop, it means the index is rebuilt at the next start.\n");
    }

    /** Whether the previous run stopped without closing the index, so its last changes may be missing. */
    boolean leftOpen() {
        return leftOpen;
    }

    /** Whether the index could not be read at start-up, and was deleted. */
    boolean damaged() {
        return damaged;
    }

    /** Checks the index in this folder, if there is one, and deletes it if it cannot be read. */
    private static boolean deletedIfDamaged(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        long start = System.nanoTime();
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return false; // nothing committed yet: Hibernate Search starts it afresh, and it is rebuilt when empty
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext segment : reader.leaves()) {
                    segment.reader().checkIntegrity();
                }
                log.info("Checked the search index in {}: {} documents, every file whole, in {} ms", folder, reader.numDocs(),
                    (System.nanoTime() - start) / 1_000_000);
                return false;
            }
        } catch (IOException e) {
            // CorruptIndexException, IndexFormatTooOldException, EOFException, NoSuchFileException and the like: the
            // index is a copy of the database, so it is dropped rather than trusted. If it cannot even be deleted
            // (permissions), the server stops here with that reason, rather than later with a less clear one.
            log.warn("The search index in {} cannot be read ({}); it is deleted and will be rebuilt from the database", folder,
                e.toString());
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
            return true;
        }
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
    @ConditionalOnProperty(name = SearchBackend.SETTING, havingValue = SearchBackend.LUCENE, matchIfMissing = true)
    static class BeforeTheIndexOpens {
        @Bean
        static EntityManagerFactoryDependsOnPostProcessor indexInUseFirst() {
            return new EntityManagerFactoryDependsOnPostProcessor(IndexInUse.class);
        }
    }
}
