package org.centrecpd.base.calendar;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This installation's identifier: a random UUID made on first use and kept in the database (table
 * {@code installation}), so that identifiers the app hands to other systems (calendar UIDs) are unique across
 * installations — two councils, or a demo created again, never give different sessions the same UID — and stay
 * the same for the life of this one. Two nodes asking at once both read the one row that won.
 */
@Component
public class Installation {

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile String identifier;

    Installation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String identifier() {
        String known = identifier;
        if (known == null) {
            known = stored();
            if (known == null) {
                try {
                    jdbc.sql("insert into installation (singleton, identifier, created_at) values (1, ?, ?)")
                        .params(UUID.randomUUID().toString(), LocalDateTime.now(clock)).update();
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    // The other node's identifier is the one: read it below.
                }
                known = stored();
            }
            identifier = known;
        }
        return known;
    }

    /** A calendar UID (RFC 5545 §3.8.4.7) for the thing of this kind and id, e.g. {@code workshop-session-12.<uuid>@centrecpd}. */
    public String uid(String kind, long id) {
        return kind + "-" + id + "." + identifier() + "@centrecpd";
    }

    private String stored() {
        return jdbc.sql("select identifier from installation where singleton = 1").query(String.class).optional().orElse(null);
    }
}
