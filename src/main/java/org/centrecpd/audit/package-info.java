/**
 * Audit log: who did what and when, for the changes that matter (sign-ins, role and remit changes,
 * imports, recommissioning, moves, invitations, password resets, exports of personal data).
 * Any module announces such a change by publishing an {@link org.centrecpd.audit.AuditEvent};
 * this module depends on no other feature module, so everyone may depend on it without a cycle.
 */
package org.centrecpd.audit;
