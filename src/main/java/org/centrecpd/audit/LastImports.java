package org.centrecpd.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Optional;
import org.centrecpd.audit.service.AuditFilter;
import org.centrecpd.audit.service.AuditLog;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** The last staff and organisation imports, as the audit log recorded them: for an admin's home. Two statements. */
@Service
public class LastImports {

    /** When, which file, and what it did (e.g. "12 created, 3 updated"). */
    public record Import(Instant at, String file, String outcome) {
    }

    public record Both(Optional<Import> staff, Optional<Import> organisation) {
    }

    /** The admin role by name, as {@code AuditLog} has it: security records audit events, so audit may not depend on it. */
    private static final String ADMIN = "ADMIN";

    private final AuditLog log;

    LastImports(AuditLog log) {
        this.log = log;
    }

    @RolesAllowed(ADMIN)
    public Both last() {
        return new Both(last(AuditAction.STAFF_IMPORTED), last(AuditAction.ORGANISATION_IMPORTED));
    }

    private Optional<Import> last(AuditAction action) {
        return log.find(new AuditFilter(null, action, null, null), PageRequest.of(0, 1)).stream().findFirst()
            .map(r -> new Import(r.occurredAt(), r.subject(), r.detail()));
    }
}
