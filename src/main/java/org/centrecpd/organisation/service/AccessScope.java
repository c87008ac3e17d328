package org.centrecpd.organisation.service;

import org.centrecpd.organisation.PersonName;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.domain.CentreRepository;
import org.centrecpd.organisation.domain.EmploymentRepository;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides scope: which centres and which people the signed-in user may act on,
 * today, and whose own records are "mine". Every service method that takes a centre or person id
 * asks here; a refusal is a {@link NotFoundException}, indistinguishable from a wrong id.
 * <ul>
 *   <li>Admin: everywhere.</li>
 *   <li>Centre manager and practitioner: the centres they work at today (a manager of a group of
 *       centres is employed at each of them).</li>
 *   <li>Improvement partner: every centre of the local authorities they oversee, and every centre
 *       that is in one of their groups today.</li>
 * </ul>
 * The rules live in the database as the {@code centre_access} relation (migration V3); this class
 * hands out the {@link CentreScope} that queries apply to it, for the signed-in user and today's
 * date by the application's clock, so a move or a regrouping takes effect on its date and nothing
 * is cached in memory.
 */
@Service
@Transactional(readOnly = true)
public class AccessScope {

    private final CurrentUser currentUser;
    private final CentreRepository centres;
    private final EmploymentRepository employments;
    private final org.centrecpd.organisation.domain.CentreAccessLookup centreAccess;
    private final Clock clock;

    AccessScope(CurrentUser currentUser, CentreRepository centres, EmploymentRepository employments,
                org.centrecpd.organisation.domain.CentreAccessLookup centreAccess, Clock clock) {
        this.centreAccess = centreAccess;
        this.currentUser = currentUser;
        this.centres = centres;
        this.employments = employments;
        this.clock = clock;
    }

    /** The signed-in user's scope today, for scoped queries. */
    public CentreScope centres() {
        return new CentreScope(currentUser.require().accountId(), LocalDate.now(clock));
    }

    /** Refuses, as "not found", a centre outside the user's scope. */
    public void requireCentre(long centreId) {
        if (!centres.inScope(centres(), centreId)) {
            throw new NotFoundException("Centre " + centreId);
        }
    }

    /**
     * {@link #requireCentre(long)} for a list of centres in one statement (an assignment naming 135 centres made 135
     * look-ups). Refuses, as "not found", when any of them is outside the user's scope.
     */
    public void requireCentres(Collection<Long> centreIds) {
        Set<Long> distinct = Set.copyOf(centreIds);
        if (!distinct.isEmpty() && centres.countInScope(centres(), distinct) != distinct.size()) {
            throw new NotFoundException("Centres " + distinct);
        }
    }

    /**
     * Refuses, as "not found", a centre outside the user's scope both today and on {@code day}: figures as at a past
     * day (a termly review's pack) belong to whoever had the centre in scope then, as well as to whoever has it now.
     */
    public void requireCentre(long centreId, LocalDate day) {
        if (centres.inScope(centres(), centreId)) {
            return;
        }
        if (day == null || !centres.inScope(new CentreScope(currentUser.require().accountId(), day), centreId)) {
            throw new NotFoundException("Centre " + centreId);
        }
    }

    /**
     * Refuses, as "not found", a person outside the user's scope: the user themself; for managers
     * and partners, people who work somewhere in their scope today; for admins, everyone. Practitioners see
     * colleagues only through their centre's list, never a person's own record.
     */
    public void requirePerson(long personId) {
        SignedInUser user = currentUser.require();
        // Admins keep everyone's record, including people who work nowhere yet (or any more).
        if (user.role() == Role.ADMIN || (user.personId() != null && user.personId() == personId)) {
            return;
        }
        if (user.role() == Role.PRACTITIONER || !employments.worksInScope(personId, centres())) {
            throw new NotFoundException("Person " + personId);
        }
    }

    /**
     * The centres in scope today, and those of them the user oversees as an improvement partner,
     * as id sets, for the search index only: a Lucene query cannot join the database, so it is given
     * the ids (a few hundred at most, read in one query). Database queries use {@link #centres()}.
     */
    public SearchScope forSearch() {
        CentreScope scope = centres();
        java.util.Set<Long> all = new java.util.HashSet<>();
        java.util.Set<Long> overseen = new java.util.HashSet<>();
        for (var access : centreAccess.centresOf(scope)) {
            all.add(access.centreId());
            if (access.overseen()) {
                overseen.add(access.centreId());
            }
        }
        return new SearchScope(scope.accountId(), java.util.Set.copyOf(all), java.util.Set.copyOf(overseen));
    }

    /** What the search index filters on: who is asking, the centres in their scope, the centres they oversee. */
    public record SearchScope(long accountId, java.util.Set<Long> centres, java.util.Set<Long> overseen) {
    }

    /**
     * The person whose own records (learning, journal) the signed-in user reads and writes: always
     * themself, never a parameter. Empty for a sign-in that is not a person (the first admin).
     */
    public java.util.Optional<Long> self() {
        return java.util.Optional.ofNullable(currentUser.require().personId());
    }

    /**
     * The improvement partners (their sign-ins) whose oversight covers any of these centres today, by authority or
     * by group: those who review a case study about them, and are told when one is written. Ids only; whoever
     * writes to them reads their addresses.
     */
    public java.util.List<Long> overseersOf(java.util.Collection<Long> centreIds) {
        return centreAccess.overseersOf(centreIds, LocalDate.now(clock));
    }

    /** Like {@link #self()}, for actions that only a person can take; refused with {@code messageKey} otherwise. */
    public long requireSelf(String messageKey) {
        return self().orElseThrow(() -> new RuleViolation(messageKey));
    }

    /**
     * My line managers today: the people employed today as centre manager at a centre where I work
     * today. Empty for a sign-in that is not a person. The journal shares entries with them.
     */
    public java.util.List<PersonName> myLineManagers() {
        return self().map(me -> employments.lineManagersOf(me, LocalDate.now(clock))).orElse(java.util.List.of());
    }

    /** {@link #myLineManagers()}, each with the centre they manage where I work: why they are offered to share with. */
    public java.util.List<org.centrecpd.organisation.LineManager> myLineManagersAndWhere() {
        return self().map(me -> employments.lineManagersWithCentreOf(me, LocalDate.now(clock))).orElse(java.util.List.of());
    }

    /**
     * Is the signed-in person a line manager of {@code staffId} today (see {@link #myLineManagers()})?
     * Asked on every read of something a member of staff shared, so access ends on the day either
     * of them moves centre or changes job.
     */
    public boolean isMyStaffToday(long staffId) {
        return self().map(me -> employments.managesOn(me, staffId, LocalDate.now(clock))).orElse(false);
    }

    /**
     * Do I line-manage anyone today (see {@link #myLineManagers()})? This, not the sign-in role,
     * decides who may use supervision: it follows the organisation's data on the day, so a manager
     * who moves to another job loses it, and someone who becomes a centre manager gains it, at once.
     */
    public boolean isLineManagerToday() {
        return self().map(me -> employments.managesAnyoneOn(me, LocalDate.now(clock))).orElse(false);
    }

    /** The people I line-manage today (see {@link #myLineManagers()}); empty for anyone who manages no one. */
    public java.util.List<PersonName> myStaffToday() {
        return self().map(me -> employments.staffManagedBy(me, LocalDate.now(clock))).orElse(java.util.List.of());
    }
}
