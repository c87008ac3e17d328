package org.centrecpd.training.domain;

/**
 * Completion at one centre on a day, under the provider and group it had then: staff working there
 * then, assignments in force, and among them completed (still valid, renewal due included), overdue, renewal due
 * (still valid, window open) and expired.
 */
public record CentreTotals(Long localAuthorityId, String localAuthority, Long providerId, String provider, Long groupId,
                           String group, long centreId, String centre, long staff, long assigned, long completed, long overdue,
                           long renewalDue, long expired) {
}
