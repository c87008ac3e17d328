package org.centrecpd.workshops.service;

/** Where the signed-in person stands with a session's evaluation form. */
public enum EvaluationState {
    /** Not marked as attended (or not a person): no form. */
    NOT_ATTENDED,
    /** Attended, and the session has not started yet (the register opens on the day). */
    NOT_STARTED,
    /** The form waits for their answers. */
    OPEN,
    /** Answered; it cannot be answered again. */
    ANSWERED
}
