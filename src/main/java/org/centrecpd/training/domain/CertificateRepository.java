package org.centrecpd.training.domain;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.training.domain.CompletionDetails;
import org.centrecpd.training.domain.CpdYear;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Certificates, and the course completions they are made from (read through the courses module's published {@code CompletionRecord}). */
@ScopedData
public interface CertificateRepository extends JpaRepository<Certificate, String> {

    String DETAILS = """
        select new org.centrecpd.training.domain.CompletionDetails(cc.id, cc.personId, p.fullName, v.title, cc.versionNumber,
            cc.completedOn, cc.cpdHours,
            (select min(ce.name) from StaffPost e join CentreName ce on ce.id = e.centreId
              where e.personId = cc.personId and in_force(e.period.validFrom, e.period.validTo, cc.completedOn)))
        from CompletionRecord cc join StaffName p on p.id = cc.personId join CourseVersionListing v on v.id = cc.courseVersionId
        """;

    /** A person's completions, newest first, with the title of the version they completed and where they worked then. */
    @Query(DETAILS + " where cc.personId = :personId order by cc.completedOn desc, cc.id desc")
    List<CompletionDetails> completionsOf(@Param("personId") long personId);

    @Query(DETAILS + " where cc.id = :completionId")
    Optional<CompletionDetails> completion(@Param("completionId") long completionId);

    /** CPD hours per calendar year, most recent first. */
    @Query("""
        select new org.centrecpd.training.domain.CpdYear(year(cc.completedOn), count(cc), sum(cc.cpdHours))
        from CompletionRecord cc where cc.personId = :personId
        group by year(cc.completedOn) order by year(cc.completedOn) desc""")
    List<CpdYear> hoursPerYear(@Param("personId") long personId);

    Optional<Certificate> findByCompletionId(long completionId);

    /**
     * The last day the certification a completion began is valid (its certification period), or none: a course taken once,
     * or one not assigned as a certification.
     */
    @Query("""
        select max(p.validUntil) from CertificationPeriod p, CompletionRecord cc
        where cc.id = :completionId and p.personId = cc.personId and p.courseId = cc.courseId and p.completedOn = cc.completedOn""")
    Optional<java.time.LocalDate> validUntil(@Param("completionId") long completionId);

    Optional<Certificate> findByCode(String code);

    /** The completions of a person whose certificate has been issued and not withdrawn. */
    @Query("select c.completionId from Certificate c where c.personId = :personId and c.withdrawnOn is null")
    List<Long> inForce(@Param("personId") long personId);

    @Query("select c.completionId from Certificate c where c.code = :code")
    Optional<Long> completionWithCode(@Param("code") String code);
}
