package org.centrecpd.training.service;

import java.time.LocalDate;
import java.util.Set;
import org.centrecpd.organisation.JobRole;

/**
 * What a manager asks for when assigning a course: to whom, by when, required or recommended, and
 * whether it must be refreshed every so many months.
 *
 * @param people     these people (empty: not a list of people)
 * @param centres    everyone at these centres, or (with {@code roles}) those with these job roles there;
 *                   empty with roles: the roles in every centre in the user's scope
 * @param roles      only these job roles (empty: every role)
 * @param refreshMonths null for a course taken once; else each completion is a certification valid this long
 * @param renewalWindowDays how many days before a certification ends its renewal window opens (the assignment
 *                          is open again and a reminder goes): {@link #DEFAULT_RENEWAL_WINDOW_DAYS} if not said
 */
public record Assigning(long courseId, Set<Long> people, Set<Long> centres, Set<JobRole> roles, LocalDate dueOn,
                        boolean required, Integer refreshMonths, int renewalWindowDays) {

    public static final int DEFAULT_RENEWAL_WINDOW_DAYS = 60;

    public Assigning {
        people = people == null ? Set.of() : Set.copyOf(people);
        centres = centres == null ? Set.of() : Set.copyOf(centres);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public Assigning(long courseId, Set<Long> people, Set<Long> centres, Set<JobRole> roles, LocalDate dueOn,
                     boolean required, Integer refreshMonths) {
        this(courseId, people, centres, roles, dueOn, required, refreshMonths, DEFAULT_RENEWAL_WINDOW_DAYS);
    }

    /** The same request with another renewal window. */
    public Assigning withRenewalWindow(int days) {
        return new Assigning(courseId, people, centres, roles, dueOn, required, refreshMonths, days);
    }

    public static Assigning toPeople(long courseId, Set<Long> people, LocalDate dueOn, boolean required, Integer refreshMonths) {
        return new Assigning(courseId, people, Set.of(), Set.of(), dueOn, required, refreshMonths);
    }

    public static Assigning toCentres(long courseId, Set<Long> centres, LocalDate dueOn, boolean required, Integer refreshMonths) {
        return new Assigning(courseId, Set.of(), centres, Set.of(), dueOn, required, refreshMonths);
    }

    public static Assigning toRoles(long courseId, Set<JobRole> roles, Set<Long> centres, LocalDate dueOn, boolean required,
                                    Integer refreshMonths) {
        return new Assigning(courseId, Set.of(), centres, roles, dueOn, required, refreshMonths);
    }
}
