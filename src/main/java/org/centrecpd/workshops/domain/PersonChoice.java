package org.centrecpd.workshops.service;

/** Something to pick in a form (a person, a centre): its id and name. */
public record PersonChoice(long id, String name) {
}
