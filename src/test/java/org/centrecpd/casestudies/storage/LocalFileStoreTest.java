package org.centrecpd.casestudies.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files stored once per content, and deleted only when nothing refers to them and they were not stored again lately. */
class LocalFileStoreTest {

    @TempDir
    Path root;
    @TempDir
    Path uploads;

    private Path upload(String name, String content) throws Exception {
        return Files.writeString(uploads.resolve(name), content);
    }

    private void age(LocalFileStore store, String hash, Duration by) throws Exception {
        Path file = root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(by)));
    }

    @Test
    void theSameContentIsStoredOnceAndReadBack() throws Exception {
        LocalFileStore store = new LocalFileStore(root);
        String a = store.store(upload("a.txt", "Stay and play notes"));
        assertThat(store.store(upload("copy.txt", "Stay and play notes"))).isEqualTo(a);
        try (var in = store.open(a)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("Stay and play notes");
        }
    }

    @Test
    void onlyFilesNothingRefersToAndNotStoredLatelyAreDeleted() throws Exception {
        LocalFileStore store = new LocalFileStore(root);
        String used = store.store(upload("used.txt", "Forest school plan"));
        String unused = store.store(upload("unused.txt", "A wrong upload"));
        String fresh = store.store(upload("fresh.txt", "Being uploaded right now"));
        age(store, used, Duration.ofDays(2));
        age(store, unused, Duration.ofDays(2));

        assertThat(store.deleteUnused(Set.of(used)::contains, Duration.ofDays(1))).isEqualTo(1);
        assertThat(store.exists(unused)).isFalse();
        assertThat(store.exists(used)).isTrue();
        // Unused, but stored within the day: its upload may not have committed yet.
        assertThat(store.exists(fresh)).isTrue();
    }

    @Test
    void aFileStoredAgainIsKeptForAnotherDay() throws Exception {
        LocalFileStore store = new LocalFileStore(root);
        String hash = store.store(upload("first.txt", "Uploaded, removed, uploaded again"));
        age(store, hash, Duration.ofDays(2));
        // Uploaded again (the upload has stored it and not yet committed its document).
        assertThat(store.store(upload("again.txt", "Uploaded, removed, uploaded again"))).isEqualTo(hash);
        assertThat(store.deleteUnused(h -> false, Duration.ofDays(1))).isZero();
        assertThat(store.exists(hash)).isTrue();
    }
}
