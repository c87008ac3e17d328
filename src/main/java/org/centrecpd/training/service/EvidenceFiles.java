package org.centrecpd.training.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import org.centrecpd.base.AfterCommit;
import org.centrecpd.base.files.FileStore;
import org.centrecpd.base.files.LocalFileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The certificate files of external CPD evidence, stored like case-study files (by their SHA-256) in a folder of
 * their own: the case studies' sweep of unused files never sees them. A file no evidence refers to any more (its
 * certificate replaced, the evidence deleted by its author or by the retention schedule) is deleted once that
 * change has committed; the same file attached to other evidence stays.
 */
@Component
public class EvidenceFiles {

    private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);

    private final FileStore files;
    // Asks only whether a file is referred to, by anyone, and shows no row: no scope to apply (like the case studies' sweep).
    private final JdbcClient jdbc;

    EvidenceFiles(@Value("${centrecpd.files-folder:data/files}-evidence") Path folder, Clock clock, JdbcClient jdbc) {
        this.files = new LocalFileStore(folder, clock);
        this.jdbc = jdbc;
    }

    String store(byte[] content) {
        try {
            Path temp = Files.createTempFile("centrecpd-evidence-", ".bin");
            try {
                Files.write(temp, content);
                return files.store(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String sha256) throws IOException {
        return files.open(sha256);
    }

    /** Whether the file is in the store (for tests and checks; nothing is read). */
    public boolean stored(String sha256) {
        return files.exists(sha256);
    }

    /**
     * Deletes these files once the current transaction has committed, those that no evidence refers to by then.
     * As with case studies' files deleted on erasure, no grace: a file stored this very moment by an upload of the
     * same content that has not committed yet could go with it (the upload's download then answers "not found").
     */
    public void deleteWhenUnused(Collection<String> sha256s) {
        Set<String> candidates = sha256s.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        if (candidates.isEmpty()) {
            return;
        }
        AfterCommit.run(() -> {
            try {
                files.deleteUnused(hash -> !candidates.contains(hash) || inUse(hash), Duration.ZERO);
            } catch (IOException | RuntimeException e) {
                log.warn("Certificate files no evidence refers to could not be deleted now", e);
            }
        });
    }

    private boolean inUse(String sha256) {
        return jdbc.sql("select count(*) from external_evidence where certificate_sha256 = :h").param("h", sha256)
            .query(Long.class).single() > 0;
    }
}
