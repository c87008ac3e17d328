package org.centrecpd.casestudies.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploaded files live, named by the SHA-256 of their content: the same file uploaded twice is
 * stored once, and a name can never be guessed from a case study. On one server this is a folder
 * under the data folder ({@link LocalFileStore}); with several app nodes, an object store behind
 * this interface takes its place.
 */
public interface FileStore {

    /** Stores the file at {@code source} (moved or copied) and returns its SHA-256 in hex. */
    String store(Path source) throws IOException;

    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);

    long size(String sha256) throws IOException;
}
