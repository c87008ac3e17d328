package org.centrecpd.workshops.domain;

import java.time.LocalDate;
import org.centrecpd.workshops.domain.RequestStatus;

/**
 * A centre's request for a workshop, with its state, and how many people at the centre wait to hear when that workshop
 * is scheduled (the interest list: scheduling the request tells them).
 */
public record RequestRow(long id, long centreId, String centreName, String courseSlug, String courseTitle, String requestedBy,
                         LocalDate requestedOn, String preferredDates, int expectedPeople, String whatChanges, RequestStatus status,
                         String declineReason, LocalDate decidedOn, Long sessionId, long interested) {
}
