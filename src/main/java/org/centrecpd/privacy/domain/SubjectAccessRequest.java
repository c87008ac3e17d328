package org.centrecpd.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.centrecpd.base.VersionedEntity;

/**
 * A request for a copy of someone's data, or the copy offered to a leaver. Due a calendar month after it was
 * received; fulfilled when the copy is first downloaded. The link to the copy is a random token of which only
 * the SHA-256 is kept, and it expires.
 */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest extends VersionedEntity {

    /** How the request came: from the person in the app, by letter (raised by an admin), or offered on leaving. */
    public enum Channel { SELF, LETTER, LEAVER }

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "raised_by", nullable = false)
    private String raisedBy;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    @Column(name = "fulfilled_at")
    private Instant fulfilledAt;

    private int downloads;

    protected SubjectAccessRequest() {
    }

    public SubjectAccessRequest(long personId, Channel channel, String raisedBy, LocalDate receivedOn) {
        this.personId = personId;
        this.channel = channel;
        this.raisedBy = raisedBy;
        this.receivedOn = receivedOn;
        // UK GDPR Art. 12(3): one month from receipt; plusMonths keeps the day of the month, or the month's last day.
        this.dueOn = receivedOn.plusMonths(1);
    }

    /** A new link replaces any earlier one. */
    public void issueLink(String tokenHash, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.linkExpiresAt = expiresAt;
    }

    public boolean linkUsableAt(Instant now) {
        return tokenHash != null && linkExpiresAt != null && now.isBefore(linkExpiresAt);
    }

    public void downloaded(Instant at) {
        downloads++;
        if (fulfilledAt == null) {
            fulfilledAt = at;
        }
    }

    public long getPersonId() { return personId; }
    public Channel getChannel() { return channel; }
    public String getRaisedBy() { return raisedBy; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getLinkExpiresAt() { return linkExpiresAt; }
    public Instant getFulfilledAt() { return fulfilledAt; }
    public int getDownloads() { return downloads; }
}
