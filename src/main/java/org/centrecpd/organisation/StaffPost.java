package org.centrecpd.organisation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.centrecpd.base.Period;
import org.hibernate.annotations.Immutable;

/**
 * Staff in post: a person working at a centre in a job for a {@link Period} (a row of the organisation's
 * employment history), published read-only for other modules' queries. "Who worked at this centre on that
 * day" is {@code from StaffPost sp where sp.centreId = :centre and in_force(sp.period.validFrom,
 * sp.period.validTo, :day)}; restrict the centre with {@code CentreScope.COVERS…COVERS_END} wherever the
 * reader's scope applies.
 * <p>
 * Read by training (assignment targets, the matrix, the roll-up, coverage, where a person worked when they
 * completed a course) and workshops (who may facilitate). It exists so that those queries join the
 * organisation's history in the database without naming its internal entities (ModuleQueriesTest); the
 * organisation alone changes employment, through its own entity on the same table (so Hibernate flushes
 * pending changes to it before a query over this one).
 */
@Entity
@Immutable
@Table(name = "employment")
public class StaffPost extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", nullable = false)
    private JobRole jobRole;

    @Embedded
    @AttributeOverride(name = "validFrom", column = @Column(name = "start_date", nullable = false))
    @AttributeOverride(name = "validTo", column = @Column(name = "end_date"))
    private Period period;

    protected StaffPost() {
    }

    public long getPersonId() { return personId; }
    public long getCentreId() { return centreId; }
    public JobRole getJobRole() { return jobRole; }
    public Period getPeriod() { return period; }
}
