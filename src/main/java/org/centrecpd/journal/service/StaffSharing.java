package org.centrecpd.journal.service;

/** A member of my staff who has shared entries with me for supervision. */
public record StaffSharing(long personId, String fullName) {
}
