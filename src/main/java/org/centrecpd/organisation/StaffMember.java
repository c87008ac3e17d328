package org.centrecpd.organisation;

import java.time.LocalDate;
import org.centrecpd.organisation.JobRole;

/** Someone employed at a centre, in the job they do there, since when. */
public record StaffMember(long personId, String fullName, String email, JobRole jobRole, LocalDate since) {
}
