package org.centrecpd.base.files;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The file-store contract on the default store: a folder on this machine. */
class LocalFileStoreTest extends FileStoreContract {

    @TempDir
    Path root;

    @Override
    FileStore store(Clock clock) {
        return new LocalFileStore(root, clock);
    }
}
