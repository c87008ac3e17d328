package org.centrecpd.journal.domain;

import org.centrecpd.base.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.centrecpd.journal.ReflectiveModel;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One entry of a person's journal: an answer to a course's reflective question, or a reflection
 * written in the journal itself (free, or laid out by a {@link ReflectiveModel}). An answer keeps
 * the prompt as it was when answered, so the entry still reads sensibly after the course changes.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry extends VersionedEntity {


    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_slug")
    private String courseSlug;

    @Column(name = "course_title")
    private String courseTitle;

    @Column(name = "course_version")
    private Integer courseVersion;

    @Column(name = "unit_key")
    private String unitKey;

    @Column(name = "unit_title")
    private String unitTitle;

    @Column(name = "question_id")
    private String questionId;

    private String prompt;

    /** A course answer, or the text of a free entry; empty for a structured entry. */
    @Column(nullable = false)
    private String answer;

    /** Null for a course answer. */
    @Convert(converter = ReflectiveModel.Converter.class)
    private ReflectiveModel model;

    private String title;

    @Column(name = "minutes_spent")
    private Integer minutesSpent;

    @Column(name = "counts_as_cpd", nullable = false)
    private boolean countsAsCpd;

    @Column(nullable = false)
    private boolean draft;

    // Subselect: an export or a supervision list loads the sections, tags and areas of all its entries
    // in one statement each, however many entries there are (JournalQueryCountTest).
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "journal_section", joinColumns = @JoinColumn(name = "entry_id"))
    @MapKeyColumn(name = "section_key")
    @Column(name = "body", nullable = false)
    private Map<String, String> sections = new LinkedHashMap<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "journal_tag", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "tag", nullable = false)
    private Set<String> tags = new TreeSet<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "journal_area", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "area_id", nullable = false)
    private Set<String> areas = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** Two tabs (or two devices) saving one entry: the second save from a stale copy is refused. */

    protected JournalEntry() {
    }

    public static JournalEntry courseAnswer(long personId, String courseSlug, String unitKey, String questionId,
                                            LocalDateTime now) {
        JournalEntry entry = new JournalEntry();
        entry.personId = personId;
        entry.courseSlug = courseSlug;
        entry.unitKey = unitKey;
        entry.questionId = questionId;
        entry.createdAt = now;
        return entry;
    }

    /** A new reflection, a draft until the author finishes it. */
    public static JournalEntry reflection(long personId, LocalDateTime now) {
        JournalEntry entry = new JournalEntry();
        entry.personId = personId;
        entry.model = ReflectiveModel.FREE;
        entry.answer = "";
        entry.draft = true;
        entry.createdAt = now;
        entry.updatedAt = now;
        return entry;
    }

    public void answer(int courseVersion, String courseTitle, String unitTitle, String prompt, String answer,
                       LocalDateTime now) {
        this.courseVersion = courseVersion;
        if (courseTitle != null) {
            this.courseTitle = courseTitle;
        }
        this.unitTitle = unitTitle;
        this.prompt = prompt;
        this.answer = answer;
        this.updatedAt = now;
    }

    /** A course self-assessment's ratings, by item id (a course answer only: its sections are never shown as text). */
    public void rated(Map<String, String> ratingsByItem) {
        this.sections.keySet().retainAll(ratingsByItem.keySet());
        this.sections.putAll(ratingsByItem);
    }

    /** Replaces what the author wrote (a reflection only; the caller has checked). */
    public void write(String title, ReflectiveModel model, String body, Map<String, String> sections,
                      Collection<String> tags, Collection<String> areas, Integer minutesSpent, boolean countsAsCpd,
                      LocalDateTime now) {
        this.title = title;
        this.model = model;
        this.answer = body;
        this.sections.keySet().retainAll(sections.keySet());
        this.sections.putAll(sections);
        this.tags.retainAll(tags);
        this.tags.addAll(tags);
        this.areas.retainAll(areas);
        this.areas.addAll(areas);
        this.minutesSpent = minutesSpent;
        this.countsAsCpd = countsAsCpd;
        this.updatedAt = now;
    }

    /** Links a reflection to a course unit (null slug: no link). */
    public void linkTo(String courseSlug, String courseTitle, String unitKey, String unitTitle) {
        this.courseSlug = courseSlug;
        this.courseTitle = courseSlug == null ? null : courseTitle;
        this.unitKey = courseSlug == null ? null : unitKey;
        this.unitTitle = courseSlug == null ? null : unitTitle;
    }

    public void finish(LocalDateTime now) {
        this.draft = false;
        this.updatedAt = now;
    }

    public boolean isCourseAnswer() {
        return questionId != null;
    }

    public long getPersonId() { return personId; }
    public String getCourseSlug() { return courseSlug; }
    public String getCourseTitle() { return courseTitle; }
    public Integer getCourseVersion() { return courseVersion; }
    public String getUnitKey() { return unitKey; }
    public String getUnitTitle() { return unitTitle; }
    public String getQuestionId() { return questionId; }
    public String getPrompt() { return prompt; }
    public String getAnswer() { return answer; }
    public ReflectiveModel getModel() { return model; }
    public String getTitle() { return title; }
    public Integer getMinutesSpent() { return minutesSpent; }
    public boolean isCountsAsCpd() { return countsAsCpd; }
    public boolean isDraft() { return draft; }
    public Map<String, String> getSections() { return sections; }
    public Set<String> getTags() { return tags; }
    public Set<String> getAreas() { return areas; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
}
