package org.centrecpd.journal.domain;

import org.centrecpd.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A manager's feedback on an entry shared with them; the author reads it with the entry. */
@Entity
@Table(name = "journal_feedback")
public class JournalFeedback extends AbstractEntity {


    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected JournalFeedback() {
    }

    public JournalFeedback(long entryId, long authorId, String authorName, String body, LocalDateTime writtenAt) {
        this.entryId = entryId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public long getEntryId() { return entryId; }
    public long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public String getBody() { return body; }
    public LocalDateTime getWrittenAt() { return writtenAt; }
}
