package org.centrecpd.training.domain;

import java.time.LocalDate;
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
    @Query(ROW + " where x.personId in :people and x.status = org.centrecpd.training.domain.ExternalEvidence.Status.SUBMITTED"
        + " order by x.submittedOn, x.id")
    List<EvidenceRow> waiting(@Param("people") Collection<Long> people);

    /** Verified hours per calendar year, most recent first: year, pieces, hours. */
    @Query("""
        select year(x.completedOn), count(x), sum(x.cpdHours) from ExternalEvidence x
        where x.personId = :personId and x.status = org.centrecpd.training.domain.ExternalEvidence.Status.VERIFIED
        group by year(x.completedOn) order by year(x.completedOn) desc""")
    List<Object[]> verifiedHoursPerYear(@Param("personId") long personId);

    @Query("select x.personId from ExternalEvidence x where x.id = :id")
    java.util.Optional<Long> personOf(@Param("id") long id);

    @Query("select count(x) > 0 from ExternalEvidence x where x.certificateSha256 = :sha256")
    boolean refersTo(@Param("sha256") String sha256);

    @Query("select x from ExternalEvidence x where x.personId = :personId and x.completedOn >= :since order by x.completedOn")
    List<ExternalEvidence> since(@Param("personId") long personId, @Param("since") LocalDate since);
}
