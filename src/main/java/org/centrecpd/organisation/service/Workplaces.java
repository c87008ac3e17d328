package org.centrecpd.organisation.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.Period;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.organisation.domain.CentreRepository;
import org.centrecpd.organisation.domain.Employment;
import org.centrecpd.organisation.domain.EmploymentRepository;
import org.centrecpd.organisation.domain.Person;
import org.centrecpd.organisation.domain.PersonRepository;
import org.centrecpd.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a person works, changed by an admin (or the staff import): a move to another centre, work at several centres,
 * a leaver. History is kept: a job ends, another starts; each change is told to the modules that follow staff posts
 * ({@link org.centrecpd.organisation.StaffPostsChanged}) and written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class Workplaces {

    private final PersonRepository people;
    private final AccessScope scope;
    private final EmploymentRepository employments;
    private final CentreRepository centres;
    private final ApplicationEventPublisher events;

    Workplaces(PersonRepository people, AccessScope scope, EmploymentRepository employments, CentreRepository centres,
               ApplicationEventPublisher events) {
        this.people = people;
        this.scope = scope;
        this.employments = employments;
        this.centres = centres;
        this.events = events;
    }

    /**
     * Starts work at a centre on {@code from}, ending every employment that is current on that date.
     * The person's records stay with the person. Refused when the new job would overlap an earlier
     * or later period at the same centre.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void moveTo(long personId, long centreId, JobRole jobRole, LocalDate from) {
        // An admin keeps everyone's record: the check is the one every path to a person takes.
        scope.requirePerson(personId);
        // Moves of one person happen one at a time, so the overlap check below stays true.
        Person person = people.lockById(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        Centre centre = centres.findById(centreId).orElseThrow(() -> new NotFoundException("Centre " + centreId));
        List<String> left = new java.util.ArrayList<>();
        for (Employment current : employments.currentFor(personId, from)) {
            if (!from.isAfter(current.getPeriod().validFrom())) {
                throw new RuleViolation("person.move.tooEarly", current.getPeriod().validFrom());
            }
            current.endOn(from);
            left.add(current.getCentre().getName());
        }
        employments.flush(); // see changeWorkplaces: the ended job first, then the new one
        Period job = Period.from(from);
        employments.atCentre(personId, centreId).stream().filter(e -> e.getPeriod().overlaps(job)).findFirst()
            .ifPresent(e -> {
                throw new RuleViolation("person.employment.overlap", centre.getName(), e.getPeriod().validFrom());
            });
        employments.save(new Employment(person, centre, jobRole, job));
        person.setJobRole(jobRole);
        events.publishEvent(new org.centrecpd.organisation.StaffPostsChanged(List.of(personId), from));
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.PERSON_MOVED, person.getEmail(),
            (left.isEmpty() ? "" : String.join(", ", left) + " → ") + centre.getName() + " as " + jobRole.id() + ", from " + from));
    }

    /**
     * Where a person works from {@code from}, for someone who may work at several centres (a group
     * manager): the jobs in force that day that are not in {@code jobs} end that day, the missing
     * ones start that day, the rest carry on. Like {@link #moveTo}, history is kept and the same
     * rules refuse a change that would start before a current job began or overlap another period.
     *
     * @param jobs the centre ids and the job at each, from {@code from}
     * @return whether anything changed
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public boolean changeWorkplaces(long personId, java.util.Map<Long, JobRole> jobs, JobRole jobRole, LocalDate from) {
        // An admin keeps everyone's record: the check is the one every path to a person takes.
        scope.requirePerson(personId);
        Person person = people.lockById(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        java.util.Map<Long, JobRole> missing = new java.util.LinkedHashMap<>(jobs);
        List<String> left = new java.util.ArrayList<>();
        for (Employment current : employments.currentFor(personId, from)) {
            if (current.getJobRole() == missing.get(current.getCentre().getId())) {
                missing.remove(current.getCentre().getId());
                continue;
            }
            if (!from.isAfter(current.getPeriod().validFrom())) {
                throw new RuleViolation("person.move.tooEarly", current.getPeriod().validFrom());
            }
            current.endOn(from);
            left.add(current.getCentre().getName());
        }
        boolean roleChanged = person.getJobRole() != jobRole;
        person.setJobRole(jobRole);
        if (missing.isEmpty() && left.isEmpty()) {
            return roleChanged;
        }
        // Ended jobs reach the database before new ones are inserted (identity keys insert at once): a new job at
        // the same centre would otherwise meet the old one, still open, in PostgreSQL's exclusion constraint.
        employments.flush();
        Period job = Period.from(from);
        List<String> joined = new java.util.ArrayList<>();
        for (var entry : missing.entrySet()) {
            Centre centre = centres.findById(entry.getKey()).orElseThrow(() -> new NotFoundException("Centre " + entry.getKey()));
            employments.atCentre(personId, centre.getId()).stream().filter(e -> e.getPeriod().overlaps(job)).findFirst()
                .ifPresent(e -> {
                    throw new RuleViolation("person.employment.overlap", centre.getName(), e.getPeriod().validFrom());
                });
            employments.save(new Employment(person, centre, entry.getValue(), job));
            joined.add(centre.getName() + " as " + entry.getValue().id());
        }
        events.publishEvent(new org.centrecpd.organisation.StaffPostsChanged(List.of(personId), from));
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.PERSON_MOVED, person.getEmail(),
            (left.isEmpty() ? "" : "left " + String.join(", ", left) + "; ") + (joined.isEmpty() ? "" : "joined " + String.join(", ", joined) + "; ")
                + "from " + from));
        return true;
    }

    /**
     * A leaver: every job in force on {@code on} ends that day (the last day worked is the day before).
     * The person's records stay. A job that starts that very day cannot end before it began: refused.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void endEmployment(long personId, LocalDate on) {
        // An admin keeps everyone's record: the check is the one every path to a person takes.
        scope.requirePerson(personId);
        Person person = people.lockById(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        List<String> left = new java.util.ArrayList<>();
        for (Employment current : employments.currentFor(personId, on)) {
            if (!on.isAfter(current.getPeriod().validFrom())) {
                throw new RuleViolation("person.move.tooEarly", current.getPeriod().validFrom());
            }
            current.endOn(on);
            left.add(current.getCentre().getName());
        }
        if (!left.isEmpty()) {
            events.publishEvent(new org.centrecpd.organisation.StaffPostsChanged(List.of(personId), on));
            events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.EMPLOYMENT_ENDED,
                person.getEmail(), String.join(", ", left) + ", ended " + on));
        }
    }
}
