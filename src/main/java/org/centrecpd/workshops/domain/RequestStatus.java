package org.centrecpd.workshops.domain;

/** A centre's request for a workshop: waiting for the organiser, scheduled as a session, or declined. */
public enum RequestStatus {
    OPEN, SCHEDULED, DECLINED;

    public String key() {
        return "workshops.request." + name().toLowerCase();
    }
}
