package org.centrecpd.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.centrecpd.base.VersionedEntity;

/** What was discussed and agreed at a supervision meeting; the member of staff and the manager both read it. */
@Entity
@Table(name = "supervision_note")
public class SupervisionNote extends VersionedEntity {

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "manager_id", nullable = false)
    private long managerId;

    @Column(name = "manager_name", nullable = false)
    private String managerName;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(nullable = false)
    private String notes;

    @Column(name = "agreed_actions", nullable = false)
    private String agreedActions;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected SupervisionNote() {
    }

    public SupervisionNote(long staffId, long managerId, String managerName, LocalDate meetingDate, String notes,
                           String agreedActions, LocalDateTime writtenAt) {
        this.staffId = staffId;
        this.managerId = managerId;
        this.managerName = managerName;
        this.meetingDate = meetingDate;
        this.notes = notes;
        this.agreedActions = agreedActions;
        this.writtenAt = writtenAt;
    }

    public long getStaffId() { return staffId; }
    public long getManagerId() { return managerId; }
    public String getManagerName() { return managerName; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getNotes() { return notes; }
    public String getAgreedActions() { return agreedActions; }
    public LocalDateTime getWrittenAt() { return writtenAt; }
}
