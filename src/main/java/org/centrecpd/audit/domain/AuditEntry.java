package org.centrecpd.audit.domain;

import org.centrecpd.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.centrecpd.audit.AuditAction;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log. Written once and never changed: no setters, no version, and
 * Hibernate treats it as immutable (an accidental change to a loaded entry is not flushed).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEntry extends AbstractEntity {

    /** Column sizes of V10: longer text is cut rather than losing the whole entry. */
    static final int ACTOR_MAX = 254;
    static final int SUBJECT_MAX = 300;
    static final int DETAIL_MAX = 2000;


    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(nullable = false)
    private String subject;

    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, ACTOR_MAX);
        this.action = action;
        this.subject = cut(subject == null ? "" : subject, SUBJECT_MAX);
        this.detail = detail == null || detail.isBlank() ? null : cut(detail, DETAIL_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public AuditAction getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
}
