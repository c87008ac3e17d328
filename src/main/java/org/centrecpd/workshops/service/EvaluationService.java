package org.centrecpd.workshops.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.Booking;
import org.centrecpd.workshops.domain.BookingRepository;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.EvaluationAnswer;
import org.centrecpd.workshops.domain.EvaluationRepository;
import org.centrecpd.workshops.domain.QuestionWall;
import org.centrecpd.workshops.domain.QuestionWallCount;
import org.centrecpd.workshops.domain.RatingCount;
import org.centrecpd.workshops.domain.SessionRow;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation form at the end of a session (Handout F of Managing change, issue 29 §5). A person
 * marked as attended answers it once, from the session's start; the answers are stored without who gave
 * them. The people who run the session (its facilitators and organisers, {@link WorkshopPolicy#requireRunning})
 * see counts only, and the suggestions only once {@value #FEWEST_FOR_SUGGESTIONS} people have answered.
 * A session outside the user's scope answers "not found".
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    /**
     * Fewest answers for which the suggestions are shown. With one or two, a facilitator who saw who
     * stayed to fill in the form could tell whose words they are.
     */
    public static final int FEWEST_FOR_SUGGESTIONS = 3;

    private final AccessScope scope;
    private final WorkshopPolicy policy;
    private final BookingRepository bookings;
    private final EvaluationRepository evaluations;
    private final Clock clock;

    EvaluationService(AccessScope scope, WorkshopPolicy policy, BookingRepository bookings, EvaluationRepository evaluations,
                      Clock clock) {
        this.scope = scope;
        this.policy = policy;
        this.bookings = bookings;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /** Where I stand with this session's evaluation: no form, not yet, open, or answered. */
    @PermitAll
    public EvaluationState mine(long sessionId) {
        SessionRow row = policy.visible(sessionId);
        Optional<Booking> attended = attended(sessionId);
        if (attended.isEmpty()) {
            return EvaluationState.NOT_ATTENDED;
        }
        if (evaluations.givenCount(attended.get().getId()) > 0) {
            return EvaluationState.ANSWERED;
        }
        return started(row) ? EvaluationState.OPEN : EvaluationState.NOT_STARTED;
    }

    /** The sessions I attended, that have started, whose evaluation waits for my answers. */
    @PermitAll
    public Set<Long> awaitingMe() {
        return scope.self().map(me -> Set.copyOf(evaluations.awaiting(me, LocalDateTime.now(clock)))).orElse(Set.of());
    }

    /**
     * Answers the session's evaluation, once. Only someone marked as attended may, from the session's
     * start. The answers are stored without a person; a separate row says this booking has answered,
     * and its primary key refuses a second one (two submits at once included), so the first answers
     * are kept and the second are not stored.
     */
    @Transactional
    @PermitAll
    public void answer(long sessionId, EvaluationForm form) {
        scope.requireSelf("workshops.noPerson");
        SessionRow row = policy.visible(sessionId);
        Booking booking = attended(sessionId).orElseThrow(() -> new RuleViolation("workshops.evaluation.notAttended"));
        if (!started(row)) {
            throw new RuleViolation("workshops.evaluation.notStarted");
        }
        int usefulness = rating(form.usefulness(), "workshops.evaluation.usefulnessMissing");
        int confidence = rating(form.confidence(), "workshops.evaluation.confidenceMissing");
        if (form.questionWall() == null) {
            throw new RuleViolation("workshops.evaluation.wallMissing");
        }
        String suggestion = form.suggestion() == null || form.suggestion().isBlank() ? null : form.suggestion().strip();
        if (suggestion != null && suggestion.length() > EvaluationAnswer.MAX_SUGGESTION) {
            throw new RuleViolation("workshops.text.tooLong", EvaluationAnswer.MAX_SUGGESTION);
        }
        if (evaluations.givenCount(booking.getId()) > 0) {
            throw new RuleViolation("workshops.evaluation.already");
        }
        try {
            evaluations.markGiven(booking.getId());
        } catch (DataIntegrityViolationException raced) {
            // Another submit for this booking got there between the check and the insert.
            throw new RuleViolation("workshops.evaluation.already");
        }
        evaluations.saveAndFlush(new EvaluationAnswer(sessionId, usefulness, confidence, form.questionWall(), suggestion));
    }

    /**
     * The session's evaluation in counts, for the people who run it; anyone else (its participants
     * included) is told "not found", as for the register. Counted by the database.
     */
    @PermitAll
    public EvaluationResults results(long sessionId) {
        policy.requireRunning(sessionId);
        Map<Integer, Long> usefulness = levels(evaluations.usefulness(sessionId));
        Map<Integer, Long> confidence = levels(evaluations.confidence(sessionId));
        Map<QuestionWall, Long> wall = new EnumMap<>(QuestionWall.class);
        for (QuestionWall outcome : QuestionWall.values()) {
            wall.put(outcome, 0L);
        }
        for (QuestionWallCount count : evaluations.questionWall(sessionId)) {
            wall.put(count.outcome(), count.count());
        }
        long answered = usefulness.values().stream().mapToLong(Long::longValue).sum();
        boolean shown = answered >= FEWEST_FOR_SUGGESTIONS;
        return new EvaluationResults(bookings.countBySessionIdAndAttendance(sessionId, Attendance.ATTENDED), answered,
            Collections.unmodifiableMap(usefulness), Collections.unmodifiableMap(confidence), Collections.unmodifiableMap(wall), shown,
            shown ? List.copyOf(evaluations.suggestions(sessionId)) : List.of());
    }

    /** My booking on the session, if it has a place and I was marked as attended. */
    private Optional<Booking> attended(long sessionId) {
        return scope.self().flatMap(me -> bookings.findBySessionIdAndPersonId(sessionId, me))
            .filter(b -> b.getStatus() == BookingStatus.BOOKED && b.getAttendance() == Attendance.ATTENDED);
    }

    private boolean started(SessionRow row) {
        return !LocalDateTime.now(clock).isBefore(row.startsAt());
    }

    private static int rating(Integer level, String missingKey) {
        if (level == null || level < EvaluationAnswer.LOWEST || level > EvaluationAnswer.HIGHEST) {
            throw new RuleViolation(missingKey);
        }
        return level;
    }

    private static Map<Integer, Long> levels(List<RatingCount> counts) {
        Map<Integer, Long> levels = new TreeMap<>();
        for (int level = EvaluationAnswer.LOWEST; level <= EvaluationAnswer.HIGHEST; level++) {
            levels.put(level, 0L);
        }
        counts.forEach(c -> levels.put(c.level(), c.count()));
        return levels;
    }
}
