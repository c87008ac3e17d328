package org.centrecpd.workshops.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Sessions' evaluations: the anonymous answers, counted in the database, and who has answered (a row
 * per booking in {@code workshop_evaluation_given}, written by plain SQL so that a second one is an
 * insert the primary key refuses, never a silent merge; it has no entity, and so no id or order that
 * could be lined up with the answers').
 */
@ScopedData
public interface EvaluationRepository extends JpaRepository<EvaluationAnswer, Long> {

    /** Records that a booking's evaluation is answered; a second time fails on the primary key. */
    @Modifying(flushAutomatically = true)
    @Query(value = "insert into workshop_evaluation_given (booking_id) values (:bookingId)", nativeQuery = true)
    int markGiven(@Param("bookingId") long bookingId);

    @Query(value = "select count(*) from workshop_evaluation_given where booking_id = :bookingId", nativeQuery = true)
    long givenCount(@Param("bookingId") long bookingId);

    /** Sessions a person attended, that have started, whose evaluation they have not answered. */
    @Query(value = """
        select b.session_id from workshop_booking b join workshop_session s on s.id = b.session_id
         where b.person_id = :personId and b.status = 'BOOKED' and b.attendance = 'ATTENDED' and s.starts_at <= :now
           and not exists (select 1 from workshop_evaluation_given g where g.booking_id = b.id)""", nativeQuery = true)
    List<Long> awaiting(@Param("personId") long personId, @Param("now") LocalDateTime now);

    @Query("""
        select new org.centrecpd.workshops.domain.RatingCount(a.usefulness, count(a)) from EvaluationAnswer a
        where a.sessionId = :sessionId group by a.usefulness""")
    List<RatingCount> usefulness(@Param("sessionId") long sessionId);

    @Query("""
        select new org.centrecpd.workshops.domain.RatingCount(a.confidence, count(a)) from EvaluationAnswer a
        where a.sessionId = :sessionId group by a.confidence""")
    List<RatingCount> confidence(@Param("sessionId") long sessionId);

    @Query("""
        select new org.centrecpd.workshops.domain.QuestionWallCount(a.questionWall, count(a)) from EvaluationAnswer a
        where a.sessionId = :sessionId group by a.questionWall""")
    List<QuestionWallCount> questionWall(@Param("sessionId") long sessionId);

    /** The suggestions, in the order of their words: an order by when they came could tell who wrote which. */
    @Query("""
        select a.suggestion from EvaluationAnswer a where a.sessionId = :sessionId and a.suggestion is not null
        order by a.suggestion""")
    List<String> suggestions(@Param("sessionId") long sessionId);
}
