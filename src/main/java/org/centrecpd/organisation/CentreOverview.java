package org.centrecpd.organisation;

/** A centre with its head count today: what a manager or an improvement partner scans first. */
public record CentreOverview(long id, String name, String localAuthority, String provider, String group, long staff) {
}
