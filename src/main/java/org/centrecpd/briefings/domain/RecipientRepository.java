package org.centrecpd.briefings.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.centrecpd.briefings.BriefingStatus;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Who a briefing was for, and what they did with it. The audience is resolved in the database from the
 * organisation's history ({@code employment}, {@code centre}, {@code centre_arrangement}: the tables its
 * read models {@code StaffPost}, {@code CentreName} and {@code CentreCommission} publish) as at the
 * publication date, and stored. Counts and names for trackers are restricted to the reader's scope.
 */
@ScopedData
public interface RecipientRepository extends JpaRepository<Recipient, Long>, AudienceResolution {

    /** Briefings published (or since withdrawn) to {@code personId}, unread first, newest first. */
    @Query("""
        select new org.centrecpd.briefings.domain.Rows$MyBriefing(b.id, b.reference, b.title, b.publicationDate, b.kind, b.actionDue,
            b.status, b.revision, min(r.readAt), min(r.readRevision), min(r.doneAt))
        from Recipient r join Briefing b on b.id = r.briefingId
        where r.personId = :personId and b.status in :states
        group by b.id, b.reference, b.title, b.publicationDate, b.kind, b.actionDue, b.status, b.revision
        order by case when min(r.readAt) is null then 0 else 1 end, b.publicationDate desc, b.id desc""")
    List<Rows.MyBriefing> mine(@Param("personId") long personId, @Param("states") Collection<BriefingStatus> states);

    boolean existsByBriefingIdAndPersonId(long briefingId, long personId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Recipient r set r.readAt = coalesce(r.readAt, :now), r.readRevision = :revision where r.briefingId = :id and r.personId = :personId")
    int read(@Param("id") long briefingId, @Param("personId") long personId, @Param("now") LocalDateTime now, @Param("revision") int revision);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Recipient r set r.doneAt = :now, r.doneNote = :note where r.briefingId = :id and r.personId = :personId and r.doneAt is null")
    int done(@Param("id") long briefingId, @Param("personId") long personId, @Param("now") LocalDateTime now, @Param("note") String note);

    /** Does the briefing reach a centre the signed-in partner oversees (or, for an admin, any centre)? */
    @Query("select count(r) > 0 from Recipient r where r.briefingId = :id and ((:overseen = true and r.centreId " + CentreScope.OVERSEEN
        + ") or (:overseen = false and " + CentreScope.COVERS + "r.centreId" + CentreScope.COVERS_END + "))")
    boolean reaches(@Param("scope") CentreScope scope, @Param("id") long briefingId, @Param("overseen") boolean overseen);

    /** Briefings that reached the centres a partner oversees, newest first, counted within those centres. */
    @Query("""
        select new org.centrecpd.briefings.domain.Rows$BriefingLine(b.id, la.name, b.reference, b.title, b.publicationDate, b.kind,
            b.status, b.revision, count(r.id), count(r.readAt))
        from Recipient r join Briefing b on b.id = r.briefingId join AuthorityName la on la.id = b.localAuthorityId
        where r.centreId """ + CentreScope.OVERSEEN + """
        group by b.id, la.name, b.reference, b.title, b.publicationDate, b.kind, b.status, b.revision
        order by b.publicationDate desc, b.id desc""")
    List<Rows.BriefingLine> overseen(@Param("scope") CentreScope scope);

    /** Read and done per centre in the reader's scope (a partner: what they oversee), under that day's provider and group. */
    @Query("""
        select new org.centrecpd.briefings.domain.Rows$CentreCount(c.id, c.name, pr.name, g.name, count(r), count(r.readAt), count(r.doneAt))
        from Recipient r join CentreName c on c.id = r.centreId
        left join ProviderName pr on pr.id = r.providerId left join GroupName g on g.id = r.groupId
        where r.briefingId = :id and ((:overseen = true and r.centreId """ + CentreScope.OVERSEEN + """
            ) or (:overseen = false and """ + CentreScope.COVERS + "r.centreId" + CentreScope.COVERS_END + """
            ))
        group by c.id, c.name, pr.name, g.name
        order by pr.name, g.name, c.name, c.id""")
    List<Rows.CentreCount> perCentre(@Param("scope") CentreScope scope, @Param("id") long briefingId, @Param("overseen") boolean overseen);

    /** Who has not read it yet, within the reader's scope, by centre and name. */
    @Query("""
        select new org.centrecpd.briefings.domain.Rows$Unread(p.id, p.fullName, p.email, c.name)
        from Recipient r join StaffName p on p.id = r.personId join CentreName c on c.id = r.centreId
        where r.briefingId = :id and r.readAt is null and ((:overseen = true and r.centreId """ + CentreScope.OVERSEEN + """
            ) or (:overseen = false and """ + CentreScope.COVERS + "r.centreId" + CentreScope.COVERS_END + """
            ))
        order by c.name, p.fullName, p.id""")
    List<Rows.Unread> unread(@Param("scope") CentreScope scope, @Param("id") long briefingId, @Param("overseen") boolean overseen);

    /** Everyone it was for, once each, to write to. */
    @Query("""
        select distinct new org.centrecpd.briefings.domain.Rows$Addressee(p.id, p.fullName, p.email)
        from Recipient r join StaffName p on p.id = r.personId where r.briefingId = :id""")
    List<Rows.Addressee> addressees(@Param("id") long briefingId);

    @Modifying
    @Query("update Recipient r set r.remindedAt = :now where r.briefingId = :id and r.personId in :people")
    int reminded(@Param("id") long briefingId, @Param("people") Collection<Long> people, @Param("now") LocalDateTime now);
}
