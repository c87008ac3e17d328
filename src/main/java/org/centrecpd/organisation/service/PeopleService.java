package org.centrecpd.organisation.service;

import org.centrecpd.organisation.StaffMember;
import org.centrecpd.organisation.domain.PersonRow;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.Period;
import org.centrecpd.base.SearchText;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.organisation.domain.CentreRepository;
import org.centrecpd.organisation.domain.Employment;
import org.centrecpd.organisation.domain.EmploymentRepository;
import org.centrecpd.organisation.domain.Person;
import org.centrecpd.organisation.domain.PersonRepository;
import org.centrecpd.organisation.domain.CentreGroupRepository;
import org.centrecpd.organisation.domain.LocalAuthorityRepository;
import org.centrecpd.organisation.domain.Oversight;
import org.centrecpd.organisation.domain.OversightRepository;
import org.centrecpd.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People and where they work: staff lists in scope, colleagues, and (admins) records and moves. */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository people;
    private final EmploymentRepository employments;
    private final CentreRepository centres;
    private final OversightRepository oversights;
    private final LocalAuthorityRepository authorities;
    private final CentreGroupRepository groups;
    private final AccessScope scope;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    PeopleService(PersonRepository people, EmploymentRepository employments, CentreRepository centres,
                  OversightRepository oversights, LocalAuthorityRepository authorities, CentreGroupRepository groups,
                  AccessScope scope, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.oversights = oversights;
        this.authorities = authorities;
        this.groups = groups;
        this.people = people;
        this.employments = employments;
        this.centres = centres;
        this.scope = scope;
        this.clock = clock;
    }

    /** Staff of one centre today: for its managers, the partners overseeing it, and admins. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<StaffMember> staff(long centreId, String filter, Pageable page) {
        scope.requireCentre(centreId);
        return employments.staffOn(centreId, today(), SearchText.containing(filter), page);
    }

    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public long countStaff(long centreId, String filter) {
        scope.requireCentre(centreId);
        return employments.countStaffOn(centreId, today(), SearchText.containing(filter));
    }

    /** The people I work with today, at each centre I work at. */
    @PermitAll
    public List<StaffMember> colleagues(long centreId) {
        scope.requireCentre(centreId);
        return employments.staffOn(centreId, today(), "%", Pageable.unpaged());
    }

    /** Where I work today. */
    @PermitAll
    public List<EmploymentRow> myWorkplaces() {
        return scope.self().map(me -> employments.currentFor(me, today()).stream().map(PeopleService::row).toList())
            .orElse(List.of());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<PersonRow> rows(String filter, Pageable page) {
        return people.findRows(today(), SearchText.containing(filter), page);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long count(String filter) {
        return people.countRows(SearchText.containing(filter));
    }

    /** A person's details for the edit form. */
    @RolesAllowed(Role.ADMIN_NAME)
    public PersonDetails details(long personId) {
        scope.requirePerson(personId);
        Person p = people.findById(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        return new PersonDetails(p.getId(), p.getVersion(), p.getFullName(), p.getEmail(), p.getJobRole());
    }

    @PermitAll
    public List<EmploymentRow> employmentHistory(long personId) {
        scope.requirePerson(personId);
        return employments.historyOf(personId).stream().map(PeopleService::row).toList();
    }

    /**
     * Creates or updates a person; refuses a duplicate e-mail, and a save made from details that
     * someone else has changed since they were read (nothing is overwritten).
     *
     * @return the details as saved (with the new version)
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public PersonDetails save(PersonDetails details) {
        Person person = details.id() == null ? new Person()
            : people.findById(details.id()).orElseThrow(() -> new NotFoundException("Person " + details.id()));
        if (details.id() != null && person.getVersion() != details.version()) {
            throw new StaleEditException("Person " + person.getFullName(), null);
        }
        // Checked before the record changes: the query would otherwise flush the change first.
        String email = Person.normalisedEmail(details.email());
        boolean taken = details.id() == null ? people.existsByEmail(email) : people.existsByEmailAndIdNot(email, details.id());
        if (taken) {
            throw new RuleViolation("person.email.taken", email);
        }
        person.setFullName(details.fullName());
        person.setEmail(email);
        person.setJobRole(details.jobRole());
        try {
            Person saved = people.saveAndFlush(person);
            return new PersonDetails(saved.getId(), saved.getVersion(), saved.getFullName(), saved.getEmail(), saved.getJobRole());
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException("Person " + person.getFullName(), e);
        }
    }

    /**
     * Starts work at a centre on {@code from}, ending every employment that is current on that date.
     * The person's records stay with the person. Refused when the new job would overlap an earlier
     * or later period at the same centre.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void moveTo(long personId, long centreId, JobRole jobRole, LocalDate from) {
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

    /** An improvement partner's remit: the authorities and groups they oversee, newest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<RemitRow> remit(long personId) {
        return oversights.remitOf(personId).stream()
            .map(o -> new RemitRow(o.getLocalAuthority() != null ? o.getLocalAuthority().getName() : o.getGroup().getName(),
                o.getLocalAuthority() != null, o.getPeriod().validFrom(), o.getPeriod().validTo()))
            .toList();
    }

    /**
     * Adds a local authority or a centre group to an improvement partner's remit from a date;
     * refused when the partner already oversees it in a period that overlaps.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void addToRemit(long personId, Long authorityId, Long groupId, LocalDate from) {
        if ((authorityId == null) == (groupId == null)) {
            throw new RuleViolation("remit.chooseOne");
        }
        Person partner = people.lockById(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        if (partner.getJobRole() != JobRole.IMPROVEMENT_PARTNER) {
            throw new RuleViolation("remit.notPartner", partner.getFullName());
        }
        Period period = Period.from(from);
        Oversight added = authorityId != null
            ? Oversight.ofAuthority(partner, authorities.findById(authorityId).orElseThrow(() -> new NotFoundException("Authority")), period)
            : Oversight.ofGroup(partner, groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group")), period);
        oversights.remitOf(personId).stream()
            .filter(o -> java.util.Objects.equals(o.getLocalAuthority(), added.getLocalAuthority())
                && java.util.Objects.equals(o.getGroup(), added.getGroup()) && o.getPeriod().overlaps(period))
            .findFirst().ifPresent(o -> {
                throw new RuleViolation("remit.overlap", o.getPeriod().validFrom());
            });
        String before = remitWords(personId);
        oversights.save(added);
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.REMIT_CHANGED, partner.getEmail(),
            "added " + (added.getLocalAuthority() != null ? "authority " + added.getLocalAuthority().getName()
                : "group " + added.getGroup().getName()) + ", from " + from + "; remit was: " + before + "; now: " + remitWords(personId)));
    }

    /** A remit in words for the audit log: "authority X from 2024-09-01, group Y from … until …", or "none". */
    private String remitWords(long personId) {
        List<String> parts = oversights.remitOf(personId).stream()
            .map(o -> (o.getLocalAuthority() != null ? "authority " + o.getLocalAuthority().getName() : "group " + o.getGroup().getName())
                + " from " + o.getPeriod().validFrom() + (o.getPeriod().validTo() == null ? "" : " until " + o.getPeriod().validTo()))
            .toList();
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /**
     * The sign-in role a person most likely needs, from the job they do: managers manage, partners
     * oversee, everyone else learns. The admin can choose another.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Role suggestedSignInRole(long personId) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        return person.getJobRole().signInRole();
    }

    private static EmploymentRow row(Employment e) {
        return new EmploymentRow(e.getId(), e.getCentre().getId(), e.getCentre().getName(), e.getJobRole(),
            e.getPeriod().validFrom(), e.getPeriod().validTo());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
