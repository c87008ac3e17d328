package org.centrecpd.organisation.service;

import org.centrecpd.organisation.JobRole;

/**
 * A person's own details as a form edits them. {@code id} is null for someone new; {@code version}
 * is the one the form was opened with, so a save made over someone else's is refused.
 */
public record PersonDetails(Long id, long version, String fullName, String email, JobRole jobRole) {

    public static PersonDetails blank() {
        return new PersonDetails(null, 0, "", "", null);
    }
}
