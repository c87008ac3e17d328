package org.centrecpd.workshops.domain;

/**
 * Where a person stands for a session. PENDING waits for their manager's approval (a session may require it) and
 * holds no place; DECLINED is the manager's no. Appended, never reordered.
 */
public enum BookingStatus {
    BOOKED, WAITLISTED, CANCELLED, PENDING, DECLINED,
    /** A place that came free, held for the first person waiting until they confirm or the offer lapses. */
    OFFERED;

    /** Over: the person may ask again (book anew). */
    public boolean ended() {
        return this == CANCELLED || this == DECLINED;
    }

    public String key() {
        return "workshops.booking." + name().toLowerCase();
    }
}
