package org.centrecpd.audit.service;

import java.time.LocalDate;

/**
 * What the admin asks the audit log: a person (any part of an e-mail or name, as actor or subject),
 * one action or all ({@code null}), and UK days from and to (both included; {@code null} = open).
 */
public record AuditFilter(String person, org.centrecpd.audit.AuditAction action, LocalDate from, LocalDate to) {

    public static AuditFilter everything() {
        return new AuditFilter("", null, null, null);
    }
}
