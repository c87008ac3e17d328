package org.centrecpd.organisation.domain;

import org.centrecpd.organisation.JobRole;

/**
 * A person as a list shows them: one row per person, with the first centre they work at today
 * (null when none) and how many centres that is in all (a group manager works at several).
 */
public record PersonRow(long id, String fullName, String email, JobRole jobRole, String centre, long centres) {
}
