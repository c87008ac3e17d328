package org.centrecpd.organisation.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.organisation.domain.CentreArrangementRepository;
import org.centrecpd.organisation.domain.CentreRepository;
import org.centrecpd.organisation.domain.Employment;
import org.centrecpd.organisation.domain.EmploymentRepository;
import org.centrecpd.organisation.domain.Oversight;
import org.centrecpd.organisation.domain.OversightRepository;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides scope: which centres and which people the signed-in user may act on,
 * today. Every service method that takes a centre or person id asks here; a refusal is a
 * {@link NotFoundException}, indistinguishable from a wrong id.
 * <ul>
 *   <li>Admin: everywhere.</li>
 *   <li>Centre manager and practitioner: the centres they work at today (a manager of a group of
 *       centres is employed at each of them).</li>
 *   <li>Improvement partner: every centre of the local authorities they oversee, and every centre
 *       that is in one of their groups today.</li>
 * </ul>
 * Worked out from today's records every time rather than cached, so a move or a regrouping takes
 * effect on its date.
 */
@Service
@Transactional(readOnly = true)
public class AccessScope {

    private final CurrentUser currentUser;
    private final EmploymentRepository employments;
    private final OversightRepository oversights;
    private final CentreRepository centres;
    private final CentreArrangementRepository arrangements;
    private final Clock clock;

    AccessScope(CurrentUser currentUser, EmploymentRepository employments, OversightRepository oversights,
                CentreRepository centres, CentreArrangementRepository arrangements, Clock clock) {
        this.currentUser = currentUser;
        this.employments = employments;
        this.oversights = oversights;
        this.centres = centres;
        this.arrangements = arrangements;
        this.clock = clock;
    }

    public CentreScope centres() {
        SignedInUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        return switch (user.role()) {
            case ADMIN -> CentreScope.everywhereScope();
            case CENTRE_MANAGER, PRACTITIONER -> new CentreScope(false, workplaces(user, today));
            case IMPROVEMENT_PARTNER -> new CentreScope(false, overseen(user, today));
        };
    }

    /** Refuses, as "not found", a centre outside the user's scope. */
    public void requireCentre(long centreId) {
        if (!centres().includes(centreId)) {
            throw new NotFoundException("Centre " + centreId);
        }
    }

    /**
     * Refuses, as "not found", a person outside the user's scope: people work somewhere in scope
     * today, or it is the user themself.
     */
    public void requirePerson(long personId) {
        SignedInUser user = currentUser.require();
        if (user.personId() != null && user.personId() == personId) {
            return;
        }
        CentreScope scope = centres();
        if (scope.everywhere()) {
            return;
        }
        if (user.role() == org.centrecpd.security.Role.PRACTITIONER
            || !employments.worksAtAnyOn(personId, scope.idsForQuery(), LocalDate.now(clock))) {
            throw new NotFoundException("Person " + personId);
        }
    }

    private Set<Long> workplaces(SignedInUser user, LocalDate today) {
        if (user.personId() == null) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        for (Employment e : employments.currentFor(user.personId(), today)) {
            ids.add(e.getCentre().getId());
        }
        return ids;
    }

    private Set<Long> overseen(SignedInUser user, LocalDate today) {
        if (user.personId() == null) {
            return Set.of();
        }
        List<Oversight> remit = oversights.inForce(user.personId(), today);
        List<Long> authorityIds = remit.stream().filter(o -> o.getLocalAuthority() != null)
            .map(o -> o.getLocalAuthority().getId()).toList();
        List<Long> groupIds = remit.stream().filter(o -> o.getGroup() != null)
            .map(o -> o.getGroup().getId()).toList();
        Set<Long> ids = new HashSet<>();
        if (!authorityIds.isEmpty()) {
            ids.addAll(centres.idsInAuthorities(authorityIds));
        }
        if (!groupIds.isEmpty()) {
            ids.addAll(arrangements.centreIdsInGroups(groupIds, today));
        }
        return ids;
    }
}
