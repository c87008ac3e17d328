package org.centrecpd.reviews.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.reviews.ReviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Actions agreed at reviews. Those of signed-off reviews are followed up by their owners and their centres' managers. */
@ScopedData
public interface ReviewActionRepository extends JpaRepository<ReviewAction, Long> {

    List<ReviewAction> findByReviewIdOrderByPosition(long reviewId);

    String ROW = """
        select new org.centrecpd.reviews.domain.ActionRow(a.id, r.id, c.name, a.body, a.ownerPersonId, a.ownerName, a.dueOn,
            a.doneOn, a.doneNote)
        from ReviewAction a join Review r on r.id = a.reviewId join CentreName c on c.id = r.centreId
        """;

    /** The actions {@code personId} owns on signed-off reviews, open ones first, soonest due first. */
    @Query(ROW + """
        where a.ownerPersonId = :personId and r.status = :signedOff
        order by case when a.doneOn is null then 0 else 1 end, a.dueOn, a.id""")
    List<ActionRow> ownedBy(@Param("personId") long personId, @Param("signedOff") ReviewStatus signedOff);

    /** Open actions on signed-off reviews of the centres in scope (a manager's: their centres), soonest due first. */
    @Query(ROW + " where a.doneOn is null and r.status = :signedOff and " + CentreScope.COVERS + "r.centreId"
        + CentreScope.COVERS_END + " order by a.dueOn, c.name, a.id")
    List<ActionRow> openInScope(@Param("scope") CentreScope scope, @Param("signedOff") ReviewStatus signedOff);

    /** An action of a signed-off review, with the centre it belongs to. */
    @Query(ROW + " where a.id = :id and r.status = :signedOff")
    Optional<ActionRow> signedOffRow(@Param("id") long id, @Param("signedOff") ReviewStatus signedOff);

    /**
     * Open actions of signed-off reviews that fall due within {@code soon} days or are overdue and were not
     * reminded today: the reminder job's work, for the system (nobody is signed in there).
     */
    @Query(ROW + """
        where a.doneOn is null and r.status = :signedOff and a.dueOn <= :until and (a.remindedOn is null or a.remindedOn < :today)
        order by a.ownerPersonId, a.dueOn, a.id""")
    List<ActionRow> toRemind(@Param("today") LocalDate today, @Param("until") LocalDate until, @Param("signedOff") ReviewStatus signedOff);

    /** Names and addresses of these people, to write to. */
    @Query("select new org.centrecpd.reviews.domain.PersonChoice(p.id, p.email) from StaffName p where p.id in :ids")
    List<PersonChoice> addresses(@Param("ids") java.util.Collection<Long> ids);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update ReviewAction a set a.remindedOn = :today where a.id in :ids")
    int reminded(@Param("ids") java.util.Collection<Long> ids, @Param("today") LocalDate today);
}
