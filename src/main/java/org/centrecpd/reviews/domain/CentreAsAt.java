package org.centrecpd.reviews.domain;

/** A centre with its authority, and the provider and group it had on a day (null: none then). */
public record CentreAsAt(long centreId, String centre, long authorityId, String authority, String provider, String group) {
}
