package org.centrecpd.workshops.service;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.courses.PreWork;
import org.centrecpd.courses.PreWorkUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place that applies a workshop's "complete these units before booking" (issue 32 §4) to every way a place is
 * booked: by the person themself (refused), and by a manager for their staff (refused unless the manager books anyway,
 * as a manager's booking already stands for their approval). Joining the waitlist is booking; being moved up from it
 * or approved is not asked again. Callers have checked who may book whom.
 */
@Component
class PreWorkRule {

    private final PreWork preWork;
    private final ApplicationEventPublisher events;

    PreWorkRule(PreWork preWork, ApplicationEventPublisher events) {
        this.preWork = preWork;
        this.events = events;
    }

    List<PreWorkUnit> missing(long personId, String courseSlug) {
        return preWork.missing(personId, courseSlug);
    }

    void requireMine(long personId, String courseSlug) {
        List<PreWorkUnit> missing = missing(personId, courseSlug);
        if (!missing.isEmpty()) {
            throw PreWorkMissing.mine(missing);
        }
    }

    /** {@code name}: the person's name for the message, read by the caller within its scope. */
    void requireOfStaff(long personId, String courseSlug, boolean bookAnyway, Supplier<String> name) {
        List<PreWorkUnit> missing = missing(personId, courseSlug);
        if (missing.isEmpty()) {
            return;
        }
        if (!bookAnyway) {
            throw PreWorkMissing.ofStaff(name.get(), missing);
        }
        // The manager overrode the course's own rule: who, for whom, and which units, in the audit log.
        events.publishEvent(new AuditEvent(AuditAction.WORKSHOP_BOOKED_WITHOUT_PRE_WORK, name.get() + " (person " + personId + ")",
            courseSlug + ": " + missing.stream().map(PreWorkUnit::title).collect(Collectors.joining(", "))));
    }
}
