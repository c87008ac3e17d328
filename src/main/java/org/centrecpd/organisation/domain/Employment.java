package org.centrecpd.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.centrecpd.organisation.JobRole;

/** A person working at a centre in a job from a start date until an (exclusive) end date. */
@Entity
@Table(name = "employment")
public class Employment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", nullable = false)
    private JobRole jobRole;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Version
    private long version;

    protected Employment() {
    }

    public Employment(Person person, Centre centre, JobRole jobRole, LocalDate startDate) {
        this.person = person;
        this.centre = centre;
        this.jobRole = jobRole;
        this.startDate = startDate;
    }

    public boolean isCurrentOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || endDate.isAfter(date));
    }

    public void endOn(LocalDate date) {
        if (date.isBefore(startDate)) {
            throw new IllegalArgumentException("Employment cannot end before it started (" + startDate + ")");
        }
        this.endDate = date;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public Centre getCentre() { return centre; }
    public JobRole getJobRole() { return jobRole; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
}
