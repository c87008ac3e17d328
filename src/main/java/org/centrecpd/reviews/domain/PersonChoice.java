package org.centrecpd.reviews.domain;

/** A person to choose (an action's owner). */
public record PersonChoice(long id, String name) {
}
