package org.centrecpd.workshops.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What an organiser enters to schedule or change a session. Exactly one venue: a centre
 * ({@code venueCentreId}, optionally with a room in {@code venueAddress}), an address, or an online link.
 *
 * @param requestId the request this session answers, if any
 */
public record SessionForm(Long courseId, Long centreId, LocalDate day, LocalTime starts, LocalTime ends, Long venueCentreId,
                          String venueAddress, String onlineLink, Integer capacity, String notes, Set<Long> facilitators,
                          Long requestId) {
}
