package org.centrecpd.casestudies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.centrecpd.base.VersionedEntity;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A document of a case study: stored by the hash of its content, its text read by Tika in the
 * background. Until it is searchable its text is null; if it cannot be read, {@code failure} says why.
 */
@Entity
@Table(name = "case_study_attachment")
public class Attachment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_study_id")
    private CaseStudy caseStudy;

    @KeywordField(projectable = Projectable.YES)
    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "file_type")
    private String fileType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExtractionStatus status = ExtractionStatus.QUEUED;

    private String failure;

    @FullTextField(analyzer = "english", highlightable = Highlightable.ANY)
    @Column(name = "extracted_text")
    private String text;

    @Column(name = "text_truncated", nullable = false)
    private boolean textTruncated;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected Attachment() {
    }

    Attachment(CaseStudy caseStudy, String fileName, String mediaType, String fileType, long sizeBytes, String sha256,
               LocalDateTime now) {
        this.caseStudy = caseStudy;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.fileType = fileType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = now;
    }

    public void searchable(String text, boolean truncated) {
        this.text = text;
        this.textTruncated = truncated;
        this.failure = null;
        this.status = ExtractionStatus.SEARCHABLE;
    }

    public void failed(String reasonKey) {
        this.text = null;
        this.failure = reasonKey;
        this.status = ExtractionStatus.FAILED;
    }

    public CaseStudy getCaseStudy() { return caseStudy; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public String getFileType() { return fileType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public ExtractionStatus getStatus() { return status; }
    public String getFailure() { return failure; }
    public String getText() { return text; }
    public boolean isTextTruncated() { return textTruncated; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
