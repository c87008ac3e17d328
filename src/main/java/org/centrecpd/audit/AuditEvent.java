package org.centrecpd.audit;

/**
 * A change worth auditing, published with Spring's {@code ApplicationEventPublisher} by the module
 * that made it, inside its transaction where there is one (so the audit row commits or rolls back
 * with the change). The actor is taken from the security context when the event is recorded;
 * {@code actor} is only for changes made without a sign-in (a failed sign-in, a password reset
 * link), where it names who tried.
 *
 * @param action  what happened
 * @param subject whom or what it happened to, in words an admin recognises (an e-mail, a centre)
 * @param detail  anything else worth knowing (old and new value, counts, a file name); may be empty
 * @param actor   who did it when nobody is signed in, else {@code null}
 */
public record AuditEvent(AuditAction action, String subject, String detail, String actor) {

    public AuditEvent(AuditAction action, String subject, String detail) {
        this(action, subject, detail, null);
    }
}
