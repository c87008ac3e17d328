package org.centrecpd.briefings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.centrecpd.base.AbstractEntity;

/** A document attached to a briefing: its safe name, its type as read from its content, and the stored file. */
@Entity
@Table(name = "briefing_attachment")
public class BriefingAttachment extends AbstractEntity {

    @Column(name = "briefing_id", nullable = false)
    private long briefingId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected BriefingAttachment() {
    }

    public BriefingAttachment(long briefingId, String fileName, String mediaType, long size, String sha256, LocalDateTime addedAt) {
        this.briefingId = briefingId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.addedAt = addedAt;
    }

    public long getBriefingId() {
        return briefingId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }
}
