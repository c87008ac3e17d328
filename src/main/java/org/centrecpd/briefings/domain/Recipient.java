package org.centrecpd.briefings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.centrecpd.base.AbstractEntity;

/** A person a briefing was for, at a centre they worked at on its publication date; when they read it and did it. */
@Entity
@Table(name = "briefing_recipient")
public class Recipient extends AbstractEntity {

    @Column(name = "briefing_id", nullable = false)
    private long briefingId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Column(name = "read_revision")
    private Integer readRevision;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    @Column(name = "done_note")
    private String doneNote;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    protected Recipient() {
    }

    public long getBriefingId() { return briefingId; }
    public long getPersonId() { return personId; }
    public long getCentreId() { return centreId; }
    public LocalDateTime getReadAt() { return readAt; }
    public Integer getReadRevision() { return readRevision; }
    public LocalDateTime getDoneAt() { return doneAt; }
    public String getDoneNote() { return doneNote; }
}
