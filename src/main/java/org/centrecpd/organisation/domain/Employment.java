package org.centrecpd.organisation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.centrecpd.base.VersionedEntity;
import org.centrecpd.base.Period;
import org.centrecpd.organisation.JobRole;

/**
 * A person working at a centre in a job for a {@link Period} (a group manager has one at each
 * centre of the group). Periods of one person at one centre never overlap.
 */
@Entity
@Table(name = "employment")
public class Employment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", nullable = false)
    private JobRole jobRole;

    // The columns kept the names of the original schema: people "start" and "leave" a job.
    @Embedded
    @AttributeOverride(name = "validFrom", column = @Column(name = "start_date", nullable = false))
    @AttributeOverride(name = "validTo", column = @Column(name = "end_date"))
    private Period period;

    protected Employment() {
    }

    public Employment(Person person, Centre centre, JobRole jobRole, Period period) {
        this.person = person;
        this.centre = centre;
        this.jobRole = jobRole;
        this.period = period;
    }

    public void endOn(LocalDate date) {
        if (date.isBefore(period.validFrom())) {
            throw new IllegalArgumentException("Employment cannot end before it started (" + period.validFrom() + ")");
        }
        this.period = period.endingOn(date);
    }

    public Person getPerson() { return person; }
    public Centre getCentre() { return centre; }
    public JobRole getJobRole() { return jobRole; }
    public Period getPeriod() { return period; }
}
