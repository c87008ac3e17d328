package org.centrecpd.audit.domain;

import java.time.Instant;
import org.centrecpd.audit.AuditAction;

/** One line of the audit log as the admin sees it. */
public record AuditRow(long id, Instant occurredAt, String actor, AuditAction action, String subject, String detail) {
}
