package org.centrecpd.base.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where uploaded files live, named by the SHA-256 of their content: the same file uploaded twice is
 * stored once, and a name can never be guessed from a case study. On one server this is a folder
 * under the data folder ({@link LocalFileStore}); with several app nodes, an object store behind
 * this interface takes its place. Kept in base (moved from casestudies) so that training's evidence files are
 * stored the same way, in a folder of their own (a sweep of one module's unused files never sees another's).
 */
public interface FileStore {

    /** Stores the file at {@code source} (moved or copied) and returns its SHA-256 in hex. */
    String store(Path source) throws IOException;

    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);

    long size(String sha256) throws IOException;

    /**
     * Deletes the stored files that nothing refers to any more ({@code inUse} says which are), among
     * those last stored (or stored again) longer ago than {@code age}: a file stored since may be about
     * to be referred to by an upload that has not committed yet. Returns how many were deleted.
     */
    int deleteUnused(java.util.function.Predicate<String> inUse, java.time.Duration age) throws IOException;

    /** What is done with a stored file on this machine's disk. */
    @FunctionalInterface
    interface LocalFileWork<T, E extends Exception> {
        T apply(Path file) throws IOException, E;
    }

    /**
     * Runs {@code work} on the file as a path on this machine's disk, for tools that read files by
     * path (Tika's child processes). The file must only be read, and only during {@code work}. This
     * default copies it to a temporary file first, as a store elsewhere (an object store) must.
     */
    default <T, E extends Exception> T withLocalFile(String sha256, LocalFileWork<T, E> work) throws IOException, E {
        Path copy = Files.createTempFile("centrecpd-file-", ".bin");
        try {
            try (InputStream in = open(sha256)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return work.apply(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
