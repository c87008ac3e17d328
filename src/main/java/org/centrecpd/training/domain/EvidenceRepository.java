package org.centrecpd.training.domain;

import java.util.Collection;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** External CPD evidence: a person's own, and what their line managers have to review. Callers check who may read whose. */
@ScopedData
public interface EvidenceRepository extends JpaRepository<ExternalEvidence, Long> {

    String ROW = """
        select new org.centrecpd.training.domain.EvidenceRow(x.id, x.personId, p.fullName, x.title, x.provider, x.completedOn,
            x.cpdHours, x.status, x.reviewedOn, x.reviewComment, v.title, case when x.certificateSha256 is null then false else true end)
        from ExternalEvidence x join StaffName p on p.id = x.personId
        left join CourseListing c on c.id = x.courseId left join c.current v
        """;

    /** A person's evidence, newest first. */
    @Query(ROW + " where x.personId = :personId order by x.completedOn desc, x.id desc")
    List<EvidenceRow> ofPerson(@Param("personId") long personId);

    /** Evidence of these people waiting for review, oldest submission first. */
    @Query(ROW + " where x.personId in :people and x.status = :status order by x.submittedOn, x.id")
    List<EvidenceRow> inState(@Param("people") Collection<Long> people, @Param("status") ExternalEvidence.Status status);

    default List<EvidenceRow> waiting(Collection<Long> people) {
        return inState(people, ExternalEvidence.Status.SUBMITTED);
    }

    /** Verified hours per calendar year, most recent first: year, pieces, hours. */
    @Query("""
        select year(x.completedOn), count(x), sum(x.cpdHours) from ExternalEvidence x
        where x.personId = :personId and x.status = :status
        group by year(x.completedOn) order by year(x.completedOn) desc""")
    List<Object[]> hoursPerYear(@Param("personId") long personId, @Param("status") ExternalEvidence.Status status);

    /** Verified hours per calendar year, most recent first: year, pieces, hours. */
    default List<Object[]> verifiedHoursPerYear(long personId) {
        return hoursPerYear(personId, ExternalEvidence.Status.VERIFIED);
    }

    /** The e-mail address of the person the evidence is of: how the audit log names them. */
    @Query("select p.email from ExternalEvidence x join StaffName p on p.id = x.personId where x.id = :id")
    java.util.Optional<String> emailOf(@Param("id") long id);

    @Query("select x.personId from ExternalEvidence x where x.id = :id")
    java.util.Optional<Long> personOf(@Param("id") long id);
}
