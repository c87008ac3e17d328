package org.centrecpd.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.centrecpd.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * One period a person held a certification (a completion of a recurring assignment): kept when a later
 * completion replaces the assignment's own dates, so the history stays answerable. Written only by
 * {@link CompletionStamps#recordPeriods}, in bulk, never changed.
 */
@Entity
@Immutable
@Table(name = "certification_period")
public class CertificationPeriod extends AbstractEntity {

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    /** The day this period's renewal window opened: what its status as at a day within it reads. */
    @Column(name = "renewal_opens_on", nullable = false)
    private LocalDate renewalOpensOn;

    protected CertificationPeriod() {
    }
}
