package org.centrecpd.organisation.service;

import java.time.LocalDate;
import org.centrecpd.organisation.JobRole;

/** One period of a person's employment. */
public record EmploymentRow(long id, long centreId, String centre, JobRole jobRole, LocalDate start, LocalDate end) {
}
