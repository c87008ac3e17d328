package org.centrecpd.organisation.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.Period;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.domain.CentreGroupRepository;
import org.centrecpd.organisation.domain.LocalAuthorityRepository;
import org.centrecpd.organisation.domain.Oversight;
import org.centrecpd.organisation.domain.OversightRepository;
import org.centrecpd.organisation.domain.Person;
import org.centrecpd.organisation.domain.PersonRepository;
import org.centrecpd.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an improvement partner oversees (their remit of authorities and centre groups, effective-dated), for admins. */
@Service
@Transactional(readOnly = true)
public class Remits {

    private final PersonRepository people;
    private final AccessScope scope;
    private final OversightRepository oversights;
    private final LocalAuthorityRepository authorities;
    private final CentreGroupRepository groups;
    private final ApplicationEventPublisher events;

    Remits(PersonRepository people, AccessScope scope, OversightRepository oversights, LocalAuthorityRepository authorities,
           CentreGroupRepository groups, ApplicationEventPublisher events) {
        this.people = people;
        this.scope = scope;
        this.oversights = oversights;
        this.authorities = authorities;
        this.groups = groups;
        this.events = events;
    }

    /** An improvement partner's remit: the authorities and groups they oversee, newest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<RemitRow> remit(long personId) {
        // An admin keeps everyone's record: the check is the one every path to a person takes.
        scope.requirePerson(personId);
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
        // An admin keeps everyone's record: the check is the one every path to a person takes.
        scope.requirePerson(personId);
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
}
