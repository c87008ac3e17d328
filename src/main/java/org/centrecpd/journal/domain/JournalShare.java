package org.centrecpd.journal.domain;

import org.centrecpd.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An entry shared by its author with one named manager. Sharing is to a person, not to a role:
 * a manager who takes over later sees nothing until the author shares again.
 */
@Entity
@Table(name = "journal_share")
public class JournalShare extends AbstractEntity {


    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "manager_id", nullable = false)
    private long managerId;

    @Column(name = "manager_name", nullable = false)
    private String managerName;

    @Column(name = "shared_at", nullable = false)
    private LocalDateTime sharedAt;

    protected JournalShare() {
    }

    public JournalShare(long entryId, long managerId, String managerName, LocalDateTime sharedAt) {
        this.entryId = entryId;
        this.managerId = managerId;
        this.managerName = managerName;
        this.sharedAt = sharedAt;
    }

    public long getEntryId() { return entryId; }
    public long getManagerId() { return managerId; }
    public String getManagerName() { return managerName; }
    public LocalDateTime getSharedAt() { return sharedAt; }
}
