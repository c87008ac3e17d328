package org.centrecpd.casestudies.domain;

/** An attachment's way to being found by search: queued, then extracting, then searchable or failed (with why). */
public enum ExtractionStatus {
    QUEUED, EXTRACTING, SEARCHABLE, FAILED
}
