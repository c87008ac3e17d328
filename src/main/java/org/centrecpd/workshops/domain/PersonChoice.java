package org.centrecpd.workshops.domain;

/** Something to pick in a form (a person, a centre): its id and name. */
public record PersonChoice(long id, String name) {
}
