package org.centrecpd.organisation.service;

import org.centrecpd.organisation.JobRole;

/** A person as a list shows them, with the centre they work at today (null when none). */
public record PersonRow(long id, String fullName, String email, JobRole jobRole, Long centreId, String centre) {
}
