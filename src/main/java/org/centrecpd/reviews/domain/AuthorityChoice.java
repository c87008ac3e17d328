package org.centrecpd.reviews.domain;

/** A local authority to choose. */
public record AuthorityChoice(long id, String name) {
}
