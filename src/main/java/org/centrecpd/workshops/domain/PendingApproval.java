package org.centrecpd.workshops.domain;

import java.time.LocalDateTime;

/** A practitioner's booking waiting for their manager's approval. */
public record PendingApproval(long bookingId, long sessionId, String courseTitle, LocalDateTime startsAt, long personId, String fullName) {
}
