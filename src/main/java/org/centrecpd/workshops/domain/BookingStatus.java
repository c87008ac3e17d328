package org.centrecpd.workshops.domain;

/** Where a person stands for a session. */
public enum BookingStatus {
    BOOKED, WAITLISTED, CANCELLED;

    public String key() {
        return "workshops.booking." + name().toLowerCase();
    }
}
