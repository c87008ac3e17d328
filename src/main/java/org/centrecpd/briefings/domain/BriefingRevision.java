package org.centrecpd.briefings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.centrecpd.base.AbstractEntity;

/** The wording a briefing had before a revision replaced it. */
@Entity
@Table(name = "briefing_revision")
public class BriefingRevision extends AbstractEntity {

    @Column(name = "briefing_id", nullable = false)
    private long briefingId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "replaced_at", nullable = false)
    private LocalDateTime replacedAt;

    protected BriefingRevision() {
    }

    public BriefingRevision(long briefingId, int revision, String title, String body, LocalDateTime replacedAt) {
        this.briefingId = briefingId;
        this.revision = revision;
        this.title = title;
        this.body = body;
        this.replacedAt = replacedAt;
    }

    public int getRevision() { return revision; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public LocalDateTime getReplacedAt() { return replacedAt; }
}
