package org.centrecpd.workshops.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.domain.SessionRepository;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.springframework.stereotype.Component;

/**
 * What makes a valid session, as its organiser describes it in {@link SessionService#schedule} and
 * {@link SessionService#change}: when, where, how many places, and who facilitates (from whom they may choose). The
 * caller has checked that I organise the session's centre.
 */
@Component
class SessionDescription {

    private final AccessScope scope;
    private final SessionRepository sessions;
    private final WorkshopPolicy policy;
    private final Clock clock;

    SessionDescription(AccessScope scope, SessionRepository sessions, WorkshopPolicy policy, Clock clock) {
        this.scope = scope;
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    /** Who can facilitate a session at this centre: its staff today, and me. */
    List<PersonChoice> facilitatorChoices(long centreId) {
        policy.requireOrganiser(centreId);
        Map<Long, PersonChoice> choices = new LinkedHashMap<>();
        scope.self().ifPresent(me -> sessions.people(List.of(me)).forEach(p -> choices.put(p.id(), p)));
        sessions.staffAt(scope.centres(), centreId).forEach(p -> choices.putIfAbsent(p.id(), p));
        return List.copyOf(choices.values());
    }

    /**
     * Checks a session's form and writes it into the session: a time in the future that ends after it starts, a venue
     * (a centre in my scope, an address, or an https link), places between 1 and {@link SessionService#MAX_CAPACITY} and not
     * fewer than are booked ({@code booked}), and facilitators I may choose (or who already facilitate it).
     */
    void apply(WorkshopSession session, SessionForm form, int booked) {
        if (form.day() == null || form.starts() == null || form.ends() == null) {
            throw new RuleViolation("workshops.session.timeMissing");
        }
        LocalDateTime starts = form.day().atTime(form.starts());
        LocalDateTime ends = form.day().atTime(form.ends());
        if (!ends.isAfter(starts)) {
            throw new RuleViolation("workshops.session.endsBeforeStart");
        }
        if (!starts.isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolation("workshops.session.inPast");
        }
        Long venueCentre = form.venueCentreId();
        String address = FormText.optional(form.venueAddress(), 500);
        String link = FormText.optional(form.onlineLink(), 500);
        if (venueCentre == null && address == null && link == null) {
            throw new RuleViolation("workshops.session.venueMissing");
        }
        if (link != null && !link.startsWith("https://")) {
            throw new RuleViolation("workshops.session.linkInvalid");
        }
        if (venueCentre != null) {
            scope.requireCentre(venueCentre);
        }
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > SessionService.MAX_CAPACITY) {
            throw new RuleViolation("workshops.session.capacityRange", SessionService.MAX_CAPACITY);
        }
        if (form.capacity() < booked) {
            throw new RuleViolation("workshops.session.capacityBelowBooked", booked);
        }
        Set<Long> facilitators = form.facilitators() == null ? Set.of() : new LinkedHashSet<>(form.facilitators());
        if (facilitators.isEmpty()) {
            throw new RuleViolation("workshops.session.facilitatorMissing");
        }
        Set<Long> allowed = new java.util.HashSet<>(facilitatorChoices(session.getCentreId()).stream().map(PersonChoice::id).toList());
        allowed.addAll(session.getFacilitators());
        if (!allowed.containsAll(facilitators)) {
            throw new NotFoundException("Person");
        }
        session.describe(starts, ends, venueCentre, address, link, form.capacity(), FormText.optional(form.notes(), SessionService.MAX_TEXT), facilitators);
    }
}
