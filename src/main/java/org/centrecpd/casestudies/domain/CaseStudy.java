package org.centrecpd.casestudies.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.VersionedEntity;
import org.centrecpd.base.StableId;
import org.centrecpd.casestudies.ChildrenAge;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A piece of good practice from one or more centres, written up so that other centres can learn
 * from it, with the documents that tell it in full. Indexed for search with the text inside its
 * documents; who may find it is decided by the fields the search filters on (status, author,
 * centres, audience), by the same rule as every other path ({@code CaseStudyPolicy}).
 */
@Entity
@Table(name = "case_study")
// "case-studies": the field options below changed (no term vectors but the documents'), which Lucene
// does not allow within one index, so the new name starts a new index, built at start-up from the
// database (IndexAtStartUp). The old folder "case-study" in the index folder can be deleted.
@Indexed(index = CaseStudy.INDEX)
public class CaseStudy extends VersionedEntity {

    /** The index's name, and the name of its folder under the index folder. */
    public static final String INDEX = "case-studies";

    /** Ranked above everything else: a match in the title says most about what the case study is. */
    @FullTextField(analyzer = "english", projectable = Projectable.YES)
    @Column(nullable = false)
    private String title;

    // Highlighted by reading the short stored text again (the unified highlighter), not from term
    // vectors: only the documents' long text is worth them, and a search then reads a hit's vectors once.
    @FullTextField(analyzer = "english", highlightable = Highlightable.UNIFIED, projectable = Projectable.YES)
    @Column(nullable = false)
    private String summary;

    @FullTextField(analyzer = "english")
    private String outcomes;

    @GenericField(aggregable = Aggregable.YES, sortable = org.hibernate.search.engine.backend.types.Sortable.YES,
        projectable = Projectable.YES)
    @Column(name = "year_of_practice", nullable = false)
    private int yearOfPractice;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStudyStatus status = CaseStudyStatus.DRAFT;

    @GenericField
    @Column(name = "published_to_all", nullable = false)
    private boolean publishedToAll;

    @GenericField
    @Column(name = "author_account_id", nullable = false)
    private long authorAccountId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    /** "Based on a published example: …" when the case study retells one in our own words. */
    @Column(name = "based_on")
    private String basedOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @GenericField(name = "centre")
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_study_centre", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "centre_id")
    private Set<Long> centreIds = new LinkedHashSet<>();

    @GenericField(name = "audience")
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_study_audience", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "centre_id")
    private Set<Long> audienceCentreIds = new LinkedHashSet<>();

    @KeywordField(name = "area", aggregable = Aggregable.YES)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_study_area", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "area")
    @Convert(converter = AreaConverter.class)
    private Set<CorePurposeArea> areas = new LinkedHashSet<>();

    @KeywordField(name = "quality", aggregable = Aggregable.YES)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_study_quality", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "quality")
    @Convert(converter = QualityConverter.class)
    private Set<LeadershipQuality> qualities = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_study_age", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "age_band")
    @Convert(converter = AgeConverter.class)
    private Set<ChildrenAge> ages = new LinkedHashSet<>();

    /** Authority and provider of each centre as at the practice (for facets), kept with the case study. */
    @IndexedEmbedded(includePaths = {"localAuthority", "provider"})
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_study_place", joinColumns = @JoinColumn(name = "case_study_id"))
    private List<Place> places = new ArrayList<>();

    // Indexed with the case study when a change to it is announced (CaseStudyChanged; CaseStudyIndexer writes the
    // index): a document counts once it has been read, or has failed, so an upload alone does not index the case
    // study, and the text of all its other documents, once more. Hibernate Search indexes case studies only when
    // CaseStudyIndexer asks; NO keeps it from tracking the documents' changes for nothing.
    @IndexedEmbedded(includePaths = {"text", "fileType", "fileName"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    @OneToMany(mappedBy = "caseStudy", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected CaseStudy() {
    }

    public CaseStudy(long authorAccountId, String authorName, LocalDateTime now) {
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String title, String summary, String outcomes, int year, String basedOn, LocalDateTime now) {
        this.title = title;
        this.summary = summary;
        this.outcomes = outcomes;
        this.yearOfPractice = year;
        this.basedOn = basedOn;
        this.updatedAt = now;
    }

    public void tag(Set<Long> centres, List<Place> places, Set<CorePurposeArea> areas, Set<LeadershipQuality> qualities,
                    Set<ChildrenAge> ages) {
        this.centreIds.clear();
        this.centreIds.addAll(centres);
        this.places.clear();
        this.places.addAll(places);
        this.areas.clear();
        this.areas.addAll(areas);
        this.qualities.clear();
        this.qualities.addAll(qualities);
        this.ages.clear();
        this.ages.addAll(ages);
    }

    /** Takes the next step of its review; a step its state does not allow is refused ({@link CaseStudyStatus#stepTo}). */
    public void moveTo(CaseStudyStatus next, LocalDateTime now) {
        this.status = status.stepTo(next);
        this.updatedAt = now;
    }

    /** Publishes to these centres' staff (the partner's remit on the day), or to everyone. */
    public void publish(Set<Long> audience, boolean toAll, LocalDateTime now) {
        moveTo(CaseStudyStatus.PUBLISHED, now);
        this.audienceCentreIds.clear();
        this.audienceCentreIds.addAll(audience);
        this.publishedToAll = toAll;
        this.publishedAt = now;
    }

    /**
     * The demo's year of history: a case study written and published on the days its seed gives, not on the day the
     * demo starts. Only for the demo's seeding ({@code casestudies.service.DemoCaseStudyDates}); every real change
     * takes today's date from the service.
     */
    public void dated(LocalDateTime created, LocalDateTime published) {
        this.createdAt = created;
        this.updatedAt = published != null ? published : created;
        if (publishedAt != null && published != null) {
            this.publishedAt = published;
        }
    }

    /** Published (or withdrawn once published), a case study's text and documents stay as they were read. */
    public void requireOpenToEdits() {
        if (!status.isInProgress()) {
            throw new RuleViolation("casestudies.published.locked");
        }
    }

    public Attachment attach(String fileName, String mediaType, String fileType, long size, String sha256, LocalDateTime now) {
        Attachment a = new Attachment(this, fileName, mediaType, fileType, size, sha256, now);
        attachments.add(a);
        this.updatedAt = now;
        return a;
    }

    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getOutcomes() { return outcomes; }
    public int getYearOfPractice() { return yearOfPractice; }
    public CaseStudyStatus getStatus() { return status; }
    public boolean isPublishedToAll() { return publishedToAll; }
    public long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public String getBasedOn() { return basedOn; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public Set<Long> getCentreIds() { return centreIds; }
    public Set<Long> getAudienceCentreIds() { return audienceCentreIds; }
    public Set<CorePurposeArea> getAreas() { return areas; }
    public Set<LeadershipQuality> getQualities() { return qualities; }
    public Set<ChildrenAge> getAges() { return ages; }
    public List<Place> getPlaces() { return places; }
    public List<Attachment> getAttachments() { return attachments; }

    /** A document was taken off (AttachmentRepository#deleteFrom). */
    public void documentRemoved(LocalDateTime now) {
        this.updatedAt = now;
    }

    @jakarta.persistence.Converter
    static class AreaConverter extends StableId.Converter<CorePurposeArea> {
        AreaConverter() {
            super(CorePurposeArea.class);
        }
    }

    @jakarta.persistence.Converter
    static class QualityConverter extends StableId.Converter<LeadershipQuality> {
        QualityConverter() {
            super(LeadershipQuality.class);
        }
    }

    @jakarta.persistence.Converter
    static class AgeConverter extends StableId.Converter<ChildrenAge> {
        AgeConverter() {
            super(ChildrenAge.class);
        }
    }
}
