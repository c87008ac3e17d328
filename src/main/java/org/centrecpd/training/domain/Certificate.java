package org.centrecpd.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The certificate of one course completion: its verification code, made once; only ever withdrawn, never deleted. */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    private String code;

    @Column(name = "completion_id", nullable = false)
    private long completionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    protected Certificate() {
    }

    public Certificate(String code, long completionId, long personId, LocalDate issuedOn) {
        this.code = code;
        this.completionId = completionId;
        this.personId = personId;
        this.issuedOn = issuedOn;
    }

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    public String getCode() { return code; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }

    /** Withdraws it from {@code day} (kept, so its code keeps answering "withdrawn"); a second withdrawal changes nothing. */
    public void withdraw(LocalDate day, String reason) {
        if (withdrawnOn == null) {
            withdrawnOn = day;
            withdrawnReason = reason;
        }
    }
    public long getCompletionId() { return completionId; }
    public LocalDate getIssuedOn() { return issuedOn; }
}
