package org.centrecpd.privacy.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.Due;
import org.centrecpd.base.privacy.RetentionClock;
import org.centrecpd.organisation.PeopleOnRecord;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.privacy.domain.LegalHoldRepository;
import org.centrecpd.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on a verified request (UK GDPR Article 17) of someone who has left: the admin first sees, kind by kind,
 * what will be deleted or anonymised now and what must be kept, why and until when; then erases. Kept kinds stay
 * until the retention job removes them on their own date. Search entries and stored files of deleted case studies
 * go with them, and any link to a copy of the person's data stops working. Refused while a legal hold stands, and
 * for someone who still works here (their records are the authority's public task until they leave).
 */
@Service
@Transactional(readOnly = true)
public class Erasure {

    /** One line of the preview: a kind, how many rows, and what happens to them. */
    public record Line(DataKind kind, long rows, boolean erasedNow, LocalDate keptUntil) {
    }

    private final PrivacyRegister register;
    private final RetentionSchedule schedule;
    private final PeopleOnRecord people;
    private final LegalHoldRepository holds;
    private final SubjectAccess subjectAccess;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Erasure(PrivacyRegister register, RetentionSchedule schedule, PeopleOnRecord people, LegalHoldRepository holds,
            SubjectAccess subjectAccess, AccessScope scope, ApplicationEventPublisher events, Clock clock) {
        this.register = register;
        this.schedule = schedule;
        this.people = people;
        this.holds = holds;
        this.subjectAccess = subjectAccess;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** What erasing this person would do; refused (with the reason) for someone held or still working here. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Line> preview(long personId) {
        PeopleOnRecord.OnRecord person = erasable(personId);
        Due due = Due.erasureOf(personId);
        List<Line> lines = new ArrayList<>();
        Map<Long, Map<String, Integer>> periods = new java.util.HashMap<>();
        for (DataKind kind : register.kinds()) {
            long rows = register.holderOf(kind).dispose(kind, due, false);
            LocalDate until = kind.clock() == RetentionClock.AFTER_LEAVING
                ? person.leftOn().plusMonths(schedule.months(person.authorityId(), kind, periods))
                : LocalDate.now(clock).plusMonths(schedule.longest(kind));
            lines.add(new Line(kind, rows, kind.erasedOnRequest(), kind.erasedOnRequest() ? null : until));
        }
        return lines;
    }

    /**
     * Erases what may be erased now. {@code verifiedHow} says how the request was verified (recorded in the audit
     * log); required.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public long erase(long personId, String verifiedHow) {
        PeopleOnRecord.OnRecord person = erasable(personId);
        if (verifiedHow == null || verifiedHow.isBlank()) {
            throw new RuleViolation("privacy.erase.verified.required");
        }
        Due due = Due.erasureOf(personId);
        long total = 0;
        StringBuilder counts = new StringBuilder();
        for (DataKind kind : register.kinds()) {
            if (!kind.erasedOnRequest()) {
                continue;
            }
            long rows = register.holderOf(kind).dispose(kind, due, true);
            total += rows;
            counts.append(counts.isEmpty() ? "" : "; ").append(kind.key()).append(": ").append(rows);
        }
        subjectAccess.withdrawLinks(personId);
        String detail = "verified: " + verifiedHow.strip() + "; " + counts;
        events.publishEvent(new AuditEvent(AuditAction.PERSON_ERASED, person.email(), detail.length() > 1900 ? detail.substring(0, 1900) : detail));
        return total;
    }

    private PeopleOnRecord.OnRecord erasable(long personId) {
        scope.requirePerson(personId);
        PeopleOnRecord.OnRecord person = people.find(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        if (holds.findByPersonId(personId).isPresent()) {
            throw new RuleViolation("privacy.erase.held");
        }
        if (person.leftOn() == null || person.leftOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("privacy.erase.stillEmployed");
        }
        return person;
    }
}
