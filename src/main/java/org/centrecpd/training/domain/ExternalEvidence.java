package org.centrecpd.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.centrecpd.base.VersionedEntity;
import org.centrecpd.courses.CorePurposeArea;

/**
 * Evidence of learning a practitioner did elsewhere (external CPD): what, with whom, when, how many hours, which
 * core-purpose areas, an optional certificate file and journal reflection. It counts once their line manager has
 * verified it; the manager may map it to one of our courses, whose assignment it then satisfies.
 */
@Entity
@Table(name = "external_evidence")
public class ExternalEvidence extends VersionedEntity {

    /** Where evidence stands: waiting for the manager, counted, or sent back with a comment. */
    public enum Status { SUBMITTED, VERIFIED, RETURNED }

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String provider;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "cpd_hours", nullable = false)
    private BigDecimal cpdHours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "external_evidence_area", joinColumns = @JoinColumn(name = "evidence_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    private Set<CorePurposeArea> areas = EnumSet.noneOf(CorePurposeArea.class);

    @Column(name = "certificate_sha256")
    private String certificateSha256;

    @Column(name = "certificate_name")
    private String certificateName;

    @Column(name = "certificate_type")
    private String certificateType;

    @Column(name = "journal_entry_id")
    private Long journalEntryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.SUBMITTED;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "completion_id")
    private Long completionId;

    protected ExternalEvidence() {
    }

    public ExternalEvidence(long personId) {
        this.personId = personId;
    }

    /** What the practitioner says (again, after it was sent back): it waits for the manager once more. */
    public void describe(String title, String provider, LocalDate completedOn, BigDecimal cpdHours, Set<CorePurposeArea> areas,
                         Long journalEntryId, LocalDate submittedOn) {
        this.title = title;
        this.provider = provider;
        this.completedOn = completedOn;
        this.cpdHours = cpdHours;
        this.areas.clear();
        this.areas.addAll(areas);
        this.journalEntryId = journalEntryId;
        this.submittedOn = submittedOn;
        this.status = Status.SUBMITTED;
    }

    public void attach(String sha256, String name, String type) {
        this.certificateSha256 = sha256;
        this.certificateName = name;
        this.certificateType = type;
    }

    public void verify(LocalDate day, long byAccount, Long courseId, Long completionId) {
        this.status = Status.VERIFIED;
        this.reviewedOn = day;
        this.reviewedBy = byAccount;
        this.reviewComment = null;
        this.courseId = courseId;
        this.completionId = completionId;
    }

    public void sendBack(LocalDate day, long byAccount, String comment) {
        this.status = Status.RETURNED;
        this.reviewedOn = day;
        this.reviewedBy = byAccount;
        this.reviewComment = comment;
    }

    public long getPersonId() { return personId; }
    public String getTitle() { return title; }
    public String getProvider() { return provider; }
    public LocalDate getCompletedOn() { return completedOn; }
    public BigDecimal getCpdHours() { return cpdHours; }
    public Set<CorePurposeArea> getAreas() { return Set.copyOf(areas); }
    public String getCertificateSha256() { return certificateSha256; }
    public String getCertificateName() { return certificateName; }
    public String getCertificateType() { return certificateType; }
    public Long getJournalEntryId() { return journalEntryId; }
    public Status getStatus() { return status; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public String getReviewComment() { return reviewComment; }
    public Long getCourseId() { return courseId; }
}
