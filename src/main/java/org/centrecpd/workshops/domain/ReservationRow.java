package org.centrecpd.workshops.domain;

import java.time.LocalDateTime;

/** A centre's reserved places on a session, as its managers (and the session's organisers) see them. */
public record ReservationRow(long id, long sessionId, long centreId, String centreName, int places, int used,
                             LocalDateTime releasedAt, Integer released) {

    public int unused() {
        return releasedAt == null ? places - used : 0;
    }
}
