package org.centrecpd.privacy.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.PeopleOnRecord;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.privacy.domain.LegalHold;
import org.centrecpd.privacy.domain.LegalHoldRepository;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: an admin flag on a person (an investigation, a claim, a request from the police) that stops the
 * retention job and erasure from removing anything about them until it is lifted. Placing and lifting are audited.
 */
@Service
@Transactional(readOnly = true)
public class LegalHolds {

    /** A hold as the admin list shows it. */
    public record HoldRow(long personId, String person, String reason, String placedBy, LocalDate placedOn) {
    }

    private final LegalHoldRepository holds;
    private final PeopleOnRecord people;
    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LegalHolds(LegalHoldRepository holds, PeopleOnRecord people, AccessScope scope, CurrentUser currentUser,
               ApplicationEventPublisher events, Clock clock) {
        this.holds = holds;
        this.people = people;
        this.scope = scope;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<HoldRow> all() {
        return holds.findAll().stream().map(h -> new HoldRow(h.getPersonId(),
            people.find(h.getPersonId()).map(PeopleOnRecord.OnRecord::fullName).orElse("?"), h.getReason(), h.getPlacedBy(), h.getPlacedOn())).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public boolean isHeld(long personId) {
        scope.requirePerson(personId);
        return holds.findByPersonId(personId).isPresent();
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void place(long personId, String reason) {
        scope.requirePerson(personId);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new RuleViolation("privacy.hold.reason.required");
        }
        if (holds.findByPersonId(personId).isPresent()) {
            return;
        }
        var person = people.find(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        holds.save(new LegalHold(personId, reason.strip(), currentUser.require().username(), LocalDate.now(clock)));
        events.publishEvent(new AuditEvent(AuditAction.LEGAL_HOLD_PLACED, person.email(), reason.strip()));
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void lift(long personId) {
        scope.requirePerson(personId);
        holds.findByPersonId(personId).ifPresent(h -> {
            holds.delete(h);
            events.publishEvent(new AuditEvent(AuditAction.LEGAL_HOLD_LIFTED, people.find(personId).map(PeopleOnRecord.OnRecord::email).orElse("?"),
                "placed on " + h.getPlacedOn() + ": " + h.getReason()));
        });
    }
}
