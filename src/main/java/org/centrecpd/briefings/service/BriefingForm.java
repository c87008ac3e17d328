package org.centrecpd.briefings.service;

import java.time.LocalDate;
import java.util.Set;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.organisation.JobRole;

/** What an author writes: the notice and whom it is for (places by id, job roles). */
public record BriefingForm(long authorityId, String reference, String title, LocalDate publicationDate, String contactName,
                           String contactEmail, BriefingKind kind, LocalDate actionDue, String body,
                           Set<Long> authorities, Set<Long> providers, Set<Long> groups, Set<Long> centres, Set<JobRole> roles) {

    public BriefingForm {
        authorities = authorities == null ? Set.of() : Set.copyOf(authorities);
        providers = providers == null ? Set.of() : Set.copyOf(providers);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        centres = centres == null ? Set.of() : Set.copyOf(centres);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
