package org.centrecpd.briefings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.VersionedEntity;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.briefings.BriefingStatus;

/**
 * A numbered notice from a local authority to (some of) its centres: reference (e.g. 47/18), title,
 * publication date (a future one schedules it), contact, kind (information, or action required by a date) and
 * a Markdown body. After publication a change is a new revision (the old wording is kept); withdrawing keeps it.
 */
@Entity
@Table(name = "briefing")
public class Briefing extends VersionedEntity {

    @Column(name = "local_authority_id", nullable = false)
    private long localAuthorityId;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private int revision = 1;

    @Column(nullable = false)
    private String title;

    @Column(name = "publication_date", nullable = false)
    private LocalDate publicationDate;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BriefingKind kind;

    @Column(name = "action_due")
    private LocalDate actionDue;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BriefingStatus status = BriefingStatus.DRAFT;

    @Column(name = "author_account_id", nullable = false)
    private long authorAccountId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "revised_at")
    private LocalDateTime revisedAt;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    protected Briefing() {
    }

    public Briefing(long localAuthorityId, long authorAccountId, String authorName, LocalDateTime now) {
        this.localAuthorityId = localAuthorityId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.createdAt = now;
    }

    public long getLocalAuthorityId() { return localAuthorityId; }
    public String getReference() { return reference; }
    public int getRevision() { return revision; }
    public String getTitle() { return title; }
    public LocalDate getPublicationDate() { return publicationDate; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public BriefingKind getKind() { return kind; }
    public LocalDate getActionDue() { return actionDue; }
    public String getBody() { return body; }
    public BriefingStatus getStatus() { return status; }
    public long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public LocalDateTime getRevisedAt() { return revisedAt; }
    public LocalDateTime getWithdrawnAt() { return withdrawnAt; }

    /** The draft's (or scheduled briefing's) details; refused once published. */
    public void draft(String reference, String title, LocalDate publicationDate, String contactName, String contactEmail,
                      BriefingKind kind, LocalDate actionDue, String body) {
        if (status == BriefingStatus.PUBLISHED || status == BriefingStatus.WITHDRAWN) {
            throw new RuleViolation("briefings.published.revise");
        }
        require(reference, "briefings.reference.missing");
        require(title, "briefings.title.missing");
        require(contactName, "briefings.contact.missing");
        require(body, "briefings.body.missing");
        if (publicationDate == null) {
            throw new RuleViolation("briefings.date.missing");
        }
        if (kind == BriefingKind.ACTION_REQUIRED && actionDue == null) {
            throw new RuleViolation("briefings.actionDue.missing");
        }
        this.reference = reference.strip();
        this.title = title.strip();
        this.publicationDate = publicationDate;
        this.contactName = contactName.strip();
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
        this.kind = kind;
        this.actionDue = kind == BriefingKind.ACTION_REQUIRED ? actionDue : null;
        this.body = body;
    }

    private static void require(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(key);
        }
    }

    /** Published now (its date has come), or scheduled for its date. */
    public boolean publish(LocalDate today, LocalDateTime now) {
        if (status != BriefingStatus.DRAFT && status != BriefingStatus.SCHEDULED) {
            throw new RuleViolation("briefings.publish.notDraft");
        }
        if (publicationDate.isAfter(today)) {
            status = BriefingStatus.SCHEDULED;
            return false;
        }
        status = BriefingStatus.PUBLISHED;
        publishedAt = now;
        return true;
    }

    /** A published briefing's new wording: the revision number goes up; the caller keeps the old wording. */
    public void revise(String title, String body, LocalDate actionDue, LocalDateTime now) {
        if (status != BriefingStatus.PUBLISHED) {
            throw new RuleViolation("briefings.revise.notPublished");
        }
        require(title, "briefings.title.missing");
        require(body, "briefings.body.missing");
        if (kind == BriefingKind.ACTION_REQUIRED && actionDue == null) {
            throw new RuleViolation("briefings.actionDue.missing");
        }
        this.title = title.strip();
        this.body = body;
        this.actionDue = kind == BriefingKind.ACTION_REQUIRED ? actionDue : null;
        this.revision++;
        this.revisedAt = now;
    }

    public void withdraw(LocalDateTime now) {
        if (status != BriefingStatus.PUBLISHED && status != BriefingStatus.SCHEDULED) {
            throw new RuleViolation("briefings.withdraw.notPublished");
        }
        status = BriefingStatus.WITHDRAWN;
        withdrawnAt = now;
    }
}
