package org.centrecpd.base.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link FileStore} promises ({@link LocalFileStoreTest}: a folder; {@link S3FileStoreTest}: an object
 * store): files stored once per content, and deleted only when nothing refers to them and they were not stored
 * again lately, "lately" by the application's clock.
 */
abstract class FileStoreContract {

    @TempDir
    Path uploads;

    /** The application's clock, moved on by the test (a day that is not today, as in production it is the same). */
    private final MovingClock clock = new MovingClock(Instant.parse("2031-05-04T09:00:00Z"));

    /** A store of its own for this test, empty, on this clock. */
    abstract FileStore store(Clock clock);

    private FileStore store() {
        return store(clock);
    }

    private Path upload(String name, String content) throws Exception {
        return Files.writeString(uploads.resolve(name), content);
    }

    @Test
    void theSameContentIsStoredOnceAndReadBack() throws Exception {
        FileStore store = store();
        String a = store.store(upload("a.txt", "Stay and play notes"));
        assertThat(store.store(upload("copy.txt", "Stay and play notes"))).isEqualTo(a);
        try (var in = store.open(a)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("Stay and play notes");
        }
    }

    @Test
    void onlyFilesNothingRefersToAndNotStoredLatelyAreDeleted() throws Exception {
        FileStore store = store();
        String used = store.store(upload("used.txt", "Forest school plan"));
        String unused = store.store(upload("unused.txt", "A wrong upload"));
        clock.moveOn(Duration.ofDays(2));
        String fresh = store.store(upload("fresh.txt", "Being uploaded right now"));

        assertThat(store.deleteUnused(Set.of(used)::contains, Duration.ofDays(1))).isEqualTo(1);
        assertThat(store.exists(unused)).isFalse();
        assertThat(store.exists(used)).isTrue();
        // Unused, but stored within the day: its upload may not have committed yet.
        assertThat(store.exists(fresh)).isTrue();
    }

    @Test
    void aFileStoredAgainIsKeptForAnotherDay() throws Exception {
        FileStore store = store();
        String hash = store.store(upload("first.txt", "Uploaded, removed, uploaded again"));
        clock.moveOn(Duration.ofDays(2));
        // Uploaded again (the upload has stored it and not yet committed its document).
        assertThat(store.store(upload("again.txt", "Uploaded, removed, uploaded again"))).isEqualTo(hash);
        assertThat(store.deleteUnused(h -> false, Duration.ofDays(1))).isZero();
        assertThat(store.exists(hash)).isTrue();
    }

    @Test
    void aFileIsReadAsALocalFileByToolsThatReadByPath() throws Exception {
        FileStore store = store();
        String hash = store.store(upload("notes.txt", "Read by a child process"));
        assertThat(store.size(hash)).isEqualTo("Read by a child process".length());
        assertThat(store.<String, RuntimeException>withLocalFile(hash, Files::readString)).isEqualTo("Read by a child process");
        assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(store.exists("0".repeat(64))).isFalse();
    }

    @Test
    void aFilesAgeIsCountedByTheApplicationsClockNotTheMachines() throws Exception {
        FileStore store = store();
        String hash = store.store(upload("wrong.txt", "Removed the day it was uploaded"));
        // By the machine's clock it was stored a moment ago; by the application's, the sweep runs two days later.
        clock.moveOn(Duration.ofDays(2));
        assertThat(store.deleteUnused(h -> false, Duration.ofDays(1))).isEqualTo(1);
        assertThat(store.exists(hash)).isFalse();
    }

    /** A clock that stands still until the test moves it on. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void moveOn(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
