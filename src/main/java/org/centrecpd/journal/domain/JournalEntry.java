package org.centrecpd.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One entry of a person's journal. An answer to a course's reflective question keeps the prompt as
 * it was when answered, so the entry still reads sensibly after the course changes.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_slug")
    private String courseSlug;

    @Column(name = "course_version")
    private Integer courseVersion;

    @Column(name = "unit_key")
    private String unitKey;

    @Column(name = "unit_title")
    private String unitTitle;

    @Column(name = "question_id")
    private String questionId;

    private String prompt;

    @Column(nullable = false)
    private String answer;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

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

    public void answer(int courseVersion, String unitTitle, String prompt, String answer, LocalDateTime now) {
        this.courseVersion = courseVersion;
        this.unitTitle = unitTitle;
        this.prompt = prompt;
        this.answer = answer;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public String getCourseSlug() { return courseSlug; }
    public Integer getCourseVersion() { return courseVersion; }
    public String getUnitKey() { return unitKey; }
    public String getUnitTitle() { return unitTitle; }
    public String getQuestionId() { return questionId; }
    public String getPrompt() { return prompt; }
    public String getAnswer() { return answer; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
