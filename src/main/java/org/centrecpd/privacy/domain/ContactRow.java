package org.centrecpd.privacy.domain;

/** An authority's privacy contacts, as the privacy notice shows them. */
public record ContactRow(long authorityId, String authority, String controller, String dpoContact) {
}
