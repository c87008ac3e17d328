package org.centrecpd.workshops.domain;

/** The facilitator's register entry for a booked person. */
public enum Attendance {
    ATTENDED, ABSENT;

    public String key() {
        return "workshops.attendance." + name().toLowerCase();
    }
}
