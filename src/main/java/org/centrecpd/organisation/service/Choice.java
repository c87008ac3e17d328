package org.centrecpd.organisation.service;

/** Something to pick from a list (an authority, a provider, a group): its id and its name. */
public record Choice(long id, String name) {
}
