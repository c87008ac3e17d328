package org.centrecpd.organisation;

/** A person by id and name, e.g. a line manager or a member of a manager's staff (see {@link AccessScope}). */
public record PersonName(long personId, String fullName) {
}
