package org.centrecpd.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts of recent attempts, by key ("sign-in:someone@council.example", "sign-in-client:203.0.113.7"), kept
 * in the database so that every node of a deployment sees the same counts ({@code V20__attempt_counts.sql}).
 * Every row expires: an expired row counts as nothing, is started afresh by the next hit, and is deleted by
 * {@link #purgeExpired()}. Keys are bounded by the callers (a sign-in name or an address of at most 254
 * characters, a client address), so neither the table nor the heap grows with what strangers send.
 * <p>
 * Each statement commits on its own when no transaction is open (a sign-in runs outside one), so a count
 * is never lost with a failed sign-in.
 */
@Component
class AttemptCounts {

    /** Long enough for any key the callers make: a prefix and an e-mail address of at most 254 characters. */
    static final int MAX_KEY = 300;

    private final JdbcClient jdbc;
    private final Clock clock;

    AttemptCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The hits under a key that has not expired; an empty count when there are none. */
    Count current(String key) {
        return jdbc.sql("select hits, first_hit, last_hit from attempt_count where counter_key = ? and expires_at > ?")
            .params(key, at(clock.instant()))
            .query((rs, n) -> new Count(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getObject(3, OffsetDateTime.class).toInstant()))
            .optional().orElse(Count.NONE);
    }

    /**
     * Counts one more hit and answers the new count. A key whose row expired starts again at one.
     *
     * @param keep    how long the count is kept
     * @param sliding true: kept for {@code keep} after the latest hit (failures forgotten a day after the
     *                last one); false: for {@code keep} after the first (at most so many an hour)
     */
    Count hit(String key, Duration keep, boolean sliding) {
        if (key.length() > MAX_KEY) {
            throw new IllegalArgumentException("key too long: " + key.length());
        }
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("update attempt_count set"
                    + " hits = case when expires_at <= :now then 1 else hits + 1 end,"
                    + " first_hit = case when expires_at <= :now then :now else first_hit end,"
                    + " last_hit = :now,"
                    + " expires_at = case when expires_at <= :now then :fresh else " + (sliding ? ":fresh" : "expires_at") + " end"
                    + " where counter_key = :key")
                .param("now", at(now)).param("fresh", at(now.plus(keep))).param("key", key)
                .update();
            if (updated == 0) {
                try {
                    jdbc.sql("insert into attempt_count (counter_key, hits, first_hit, last_hit, expires_at) values (?, 1, ?, ?, ?)")
                        .params(key, at(now), at(now), at(now.plus(keep))).update();
                } catch (DuplicateKeyException another) {
                    // Another node or thread counted the first hit at the same moment: count ours on top of it.
                    continue;
                }
            }
            return current(key);
        }
        return current(key);
    }

    void forget(String key) {
        jdbc.sql("delete from attempt_count where counter_key = ?").param(key).update();
    }

    /** Deletes expired counts; every node may run it (a delete of what is already gone is harmless). */
    @Scheduled(fixedDelayString = "${centrecpd.attempts.purge-every:PT10M}", initialDelayString = "PT1M")
    int purgeExpired() {
        return jdbc.sql("delete from attempt_count where expires_at <= ?").param(at(clock.instant())).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** How many hits, and when the first and the latest were; no hits has neither. */
    record Count(int hits, Instant first, Instant last) {
        static final Count NONE = new Count(0, null, null);

        Optional<Instant> latest() {
            return Optional.ofNullable(last);
        }
    }
}
