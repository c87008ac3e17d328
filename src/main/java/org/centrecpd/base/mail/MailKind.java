package org.centrecpd.base.mail;

/**
 * What a message is about, as a person chooses which mail they get (the notifications page). {@link #SERVICE} is
 * the default of every message not tagged otherwise: sign-in links, a copy of one's data, notices about the
 * service itself. It cannot be switched off and is not listed in the app (such a message may carry a one-time
 * link that belongs in the mailbox only).
 */
public enum MailKind {
    SERVICE,
    /** Training due soon or overdue (training's daily reminder; its switch is training's own reminder opt-out). */
    REMINDERS,
    /** The weekly (or daily) digest of what changed in a manager's or partner's scope. */
    DIGESTS,
    /** Workshop bookings: booked, waitlisted, moved up, changed, cancelled. */
    BOOKINGS,
    /** Termly review: actions agreed at a review that are due or overdue. */
    REVIEWS,
    /** Case studies: one written for me to review, or what a reviewer did with mine. */
    CASE_STUDY_REVIEWS;

    /** Whether a person chooses to get it; {@link #SERVICE} always goes. */
    public boolean switchable() {
        return this != SERVICE;
    }
}
