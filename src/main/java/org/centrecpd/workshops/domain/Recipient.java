package org.centrecpd.workshops.domain;

/** Someone to tell about a booking by e-mail. */
public record Recipient(long personId, String fullName, String email) {
}
