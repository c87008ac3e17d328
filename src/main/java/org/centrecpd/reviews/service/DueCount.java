package org.centrecpd.reviews.service;

/** How many reviews of a provider's or a group's centres stand where, in the chosen term. */
public record DueCount(String level, String name, long centres, long notStarted, long draft, long shared, long signedOff,
                       long overdue) {
}
