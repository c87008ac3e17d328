package org.centrecpd.organisation.ui;

import org.centrecpd.organisation.JobRole;

/**
 * What the person form edits (the dialog keeps the id and version). Public because Vaadin's
 * binder reads and creates the record by reflection.
 */
public record PersonFields(String fullName, String email, JobRole jobRole) {
}
