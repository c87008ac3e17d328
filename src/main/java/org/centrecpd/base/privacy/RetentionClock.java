package org.centrecpd.base.privacy;

/** When the retention period of a kind of data starts to run. */
public enum RetentionClock {
    /** From the day the person left their last job (or remit): while they work here, it is kept. */
    AFTER_LEAVING,
    /** From the day the row was recorded (an audit line, an invitation, a draft last changed). */
    AFTER_RECORDED
}
