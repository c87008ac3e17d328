package org.centrecpd.workshops.service;

/** A centre manager's request: which workshop, for which of their centres, when, for how many, and what is changing. */
public record RequestForm(Long courseId, Long centreId, String preferredDates, Integer expectedPeople, String whatChanges) {
}
