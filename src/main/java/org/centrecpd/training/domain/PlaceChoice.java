package org.centrecpd.training.domain;

/** A place a rule's audience may name (a centre, group, provider or authority), by id and name. */
public record PlaceChoice(long id, String name) {
}
