package org.centrecpd.journal.domain;

import org.centrecpd.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A manager opened an entry shared with them: the author is shown who and when. */
@Entity
@Table(name = "journal_read")
public class JournalRead extends AbstractEntity {


    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "reader_id", nullable = false)
    private long readerId;

    @Column(name = "reader_name", nullable = false)
    private String readerName;

    @Column(name = "read_at", nullable = false)
    private LocalDateTime readAt;

    protected JournalRead() {
    }

    public JournalRead(long entryId, long readerId, String readerName, LocalDateTime readAt) {
        this.entryId = entryId;
        this.readerId = readerId;
        this.readerName = readerName;
        this.readAt = readAt;
    }

    public long getEntryId() { return entryId; }
    public long getReaderId() { return readerId; }
    public String getReaderName() { return readerName; }
    public LocalDateTime getReadAt() { return readAt; }
}
