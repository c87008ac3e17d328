package org.centrecpd.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * For views that hand out a file of personal data built from what a scoped service returned (a
 * training matrix, a person's record): one call records the export in the audit log. Services that
 * make the file themselves publish {@link AuditEvent} directly.
 */
@Component
public class PersonalDataExports {

    private final ApplicationEventPublisher events;

    PersonalDataExports(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * @param what   what was exported, in words an admin recognises ("Training matrix: Ashbrook")
     * @param detail the file (name or format) and how many rows
     */
    public void recorded(String what, String detail) {
        events.publishEvent(new AuditEvent(AuditAction.PERSONAL_DATA_EXPORTED, what, detail));
    }
}
