package org.centrecpd.training.service;

import java.util.Set;
import org.centrecpd.organisation.JobRole;

/**
 * A rule as its maker fills it in: the course (fixed once made), the places whose staff it covers (centres,
 * groups, providers, authorities: they add up), the job roles it narrows them to (none: any job), and the terms
 * of the assignments it makes: due {@code dueDays} after a person joins, required or recommended, refreshed every
 * {@code refreshMonths} (null: taken once) with a renewal window of {@code renewalWindowDays}.
 */
public record RuleForm(long courseId, Set<Long> centres, Set<Long> groups, Set<Long> providers, Set<Long> authorities,
                       Set<JobRole> roles, int dueDays, boolean required, Integer refreshMonths, int renewalWindowDays) {

    /** Longest time to complete after joining offered: a year. */
    public static final int MAX_DUE_DAYS = 366;

    public RuleForm {
        centres = centres == null ? Set.of() : Set.copyOf(centres);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        providers = providers == null ? Set.of() : Set.copyOf(providers);
        authorities = authorities == null ? Set.of() : Set.copyOf(authorities);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A rule over some centres, for any job, taken once. */
    public static RuleForm forCentres(long courseId, Set<Long> centres, int dueDays) {
        return new RuleForm(courseId, centres, Set.of(), Set.of(), Set.of(), Set.of(), dueDays, true, null,
            Assigning.DEFAULT_RENEWAL_WINDOW_DAYS);
    }

    public RuleForm withRoles(Set<JobRole> only) {
        return new RuleForm(courseId, centres, groups, providers, authorities, only, dueDays, required, refreshMonths, renewalWindowDays);
    }

    boolean namesNoPlace() {
        return centres.isEmpty() && groups.isEmpty() && providers.isEmpty() && authorities.isEmpty();
    }
}
