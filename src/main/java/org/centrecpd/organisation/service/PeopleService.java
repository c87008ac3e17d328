package org.centrecpd.organisation.service;

import org.centrecpd.organisation.StaffMember;
import org.centrecpd.organisation.domain.PersonRow;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.SearchText;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.organisation.domain.Employment;
import org.centrecpd.organisation.domain.EmploymentRepository;
import org.centrecpd.organisation.domain.Person;
import org.centrecpd.organisation.domain.PersonRepository;
import org.centrecpd.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and where they work, as read: staff lists in scope, colleagues, my workplaces, and (admins) the person records,
 * kept here. Changing where someone works is {@link Workplaces}; a partner's remit is {@link Remits}.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository people;
    private final EmploymentRepository employments;
    private final AccessScope scope;
    private final Clock clock;

    PeopleService(PersonRepository people, EmploymentRepository employments, AccessScope scope, Clock clock) {
        this.people = people;
        this.employments = employments;
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
