package org.centrecpd.base.files;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Files stored once per content, and deleted only when nothing refers to them and they were not stored again
 * lately, "lately" by the application's clock.
 */
class LocalFileStoreTest {

    @TempDir
    Path root;
    @TempDir
    Path uploads;

    /** The application's clock, moved on by the test (a day that is not today, as in production it is the same). */
    private final MovingClock clock = new MovingClock(Instant.parse("2031-05-04T09:00:00Z"));
    private LocalFileStore store() {
        return new LocalFileStore(root, clock);
    }

    private Path upload(String name, String content) throws Exception {
        return Files.writeString(uploads.resolve(name), content);
    }

    @Test
    void theSameContentIsStoredOnceAndReadBack() throws Exception {
        LocalFileStore store = store();
        String a = store.store(upload("a.txt", "Stay and play notes"));
        assertThat(store.store(upload("copy.txt", "Stay and play notes"))).isEqualTo(a);
        try (var in = store.open(a)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("Stay and play notes");
        }
    }

    @Test
    void onlyFilesNothingRefersToAndNotStoredLatelyAreDeleted() throws Exception {
        LocalFileStore store = store();
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
        LocalFileStore store = store();
        String hash = store.store(upload("first.txt", "Uploaded, removed, uploaded again"));
        clock.moveOn(Duration.ofDays(2));
        // Uploaded again (the upload has stored it and not yet committed its document).
        assertThat(store.store(upload("again.txt", "Uploaded, removed, uploaded again"))).isEqualTo(hash);
        assertThat(store.deleteUnused(h -> false, Duration.ofDays(1))).isZero();
        assertThat(store.exists(hash)).isTrue();
    }

    @Test
    void aFilesAgeIsCountedByTheApplicationsClockNotTheMachines() throws Exception {
        LocalFileStore store = store();
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
