package org.centrecpd.organisation.domain;

/** A centre as a list shows it: who runs it and in which group, on the day asked about. */
public record CentreRow(long id, String name, String localAuthority, String provider, String group) {
}
