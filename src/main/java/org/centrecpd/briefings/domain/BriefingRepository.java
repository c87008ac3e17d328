package org.centrecpd.briefings.domain;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.briefings.BriefingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Briefings as their authors (admins) manage them. Whether anyone else may see one is decided through its
 * recipients ({@link RecipientRepository}), within the reader's scope.
 */
public interface BriefingRepository extends JpaRepository<Briefing, Long> {

    @Query("""
        select new org.centrecpd.briefings.domain.Rows$BriefingLine(b.id, la.name, b.reference, b.title, b.publicationDate, b.kind,
            b.status, b.revision, count(r.id), count(r.readAt))
        from Briefing b join AuthorityName la on la.id = b.localAuthorityId left join Recipient r on r.briefingId = b.id
        group by b.id, la.name, b.reference, b.title, b.publicationDate, b.kind, b.status, b.revision
        order by b.publicationDate desc, b.id desc""")
    List<Rows.BriefingLine> all();

    /** Scheduled briefings whose publication date has come. */
    @Query("select b from Briefing b where b.status = :scheduled and b.publicationDate <= :today order by b.publicationDate, b.id")
    List<Briefing> dueToPublish(@Param("scheduled") BriefingStatus scheduled, @Param("today") LocalDate today);

    boolean existsByLocalAuthorityIdAndReferenceAndIdNot(long localAuthorityId, String reference, long id);

    @Query("select a from AudienceLine a where a.briefingId = :id order by a.kind, a.targetId, a.jobRole")
    List<AudienceLine> audience(@Param("id") long briefingId);

    @Query("select r from BriefingRevision r where r.briefingId = :id order by r.revision desc")
    List<BriefingRevision> revisions(@Param("id") long briefingId);

    @Query("select new org.centrecpd.briefings.domain.Rows$Choice(la.id, la.name) from AuthorityName la order by la.name")
    List<Rows.Choice> authorities();

    @Query("select new org.centrecpd.briefings.domain.Rows$Choice(p.id, p.name) from ProviderName p order by p.name, p.id")
    List<Rows.Choice> providers();

    @Query("select new org.centrecpd.briefings.domain.Rows$Choice(g.id, g.name) from GroupName g order by g.name, g.id")
    List<Rows.Choice> groups();

    @Query("select new org.centrecpd.briefings.domain.Rows$Choice(c.id, concat(c.name, ' (', la.name, ')')) from CentreName c"
        + " join AuthorityName la on la.id = c.localAuthorityId order by la.name, c.name")
    List<Rows.Choice> centres();
}
