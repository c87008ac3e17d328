package org.centrecpd.organisation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.SearchText;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.domain.EmploymentRepository;
import org.centrecpd.organisation.domain.PersonRepository;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.PeopleDirectory;
import org.centrecpd.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's answers to sign-in ({@link PeopleDirectory}): who has left, and whom the
 * signed-in user may invite. Scope comes from {@link AccessScope}: admins reach everyone who works
 * somewhere today (and partners with a remit today), centre managers the staff of their centres.
 */
@Service
@Transactional(readOnly = true)
class SignInDirectory implements PeopleDirectory {

    private final PersonRepository people;
    private final EmploymentRepository employments;
    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final Clock clock;

    SignInDirectory(PersonRepository people, EmploymentRepository employments, AccessScope scope, CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.employments = employments;
        this.scope = scope;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public boolean mayStillSignIn(long personId) {
        return people.mayStillSignIn(personId, LocalDate.now(clock));
    }

    @Override
    public Optional<Invitee> invitee(long personId) {
        Role role = currentUser.require().role();
        if (role != Role.ADMIN && role != Role.CENTRE_MANAGER) {
            return Optional.empty();
        }
        CentreScope mine = scope.centres();
        boolean reachable = role == Role.ADMIN ? people.existsById(personId) && mayStillSignIn(personId)
            : employments.worksInScope(personId, mine);
        if (!reachable) {
            return Optional.empty();
        }
        return people.findById(personId).map(p -> new Invitee(p.getId(), p.getFullName(), p.getEmail(), p.getJobRole().signInRole(),
            employments.currentFor(personId, mine.day()).stream().map(e -> e.getCentre().getName()).findFirst().orElse("")));
    }

    @Override
    public List<Invitee> withoutSignIn(String filter, Pageable page) {
        return people.withoutSignIn(scope.centres(), isAdmin(), SearchText.containing(filter), page).stream()
            .map(r -> new Invitee(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((JobRole) r[3]).signInRole(),
                r[4] == null ? "" : (String) r[4]))
            .toList();
    }

    @Override
    public long countWithoutSignIn(String filter) {
        return people.countWithoutSignIn(scope.centres(), isAdmin(), SearchText.containing(filter));
    }

    @Override
    public List<PendingInvitation> notAccepted(String filter, Pageable page) {
        return people.notAccepted(scope.centres(), isAdmin(), SearchText.containing(filter), page).stream()
            .map(r -> new PendingInvitation(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (Instant) r[3]))
            .toList();
    }

    @Override
    public long countNotAccepted(String filter) {
        return people.countNotAccepted(scope.centres(), isAdmin(), SearchText.containing(filter));
    }

    private boolean isAdmin() {
        return currentUser.require().role() == Role.ADMIN;
    }
}
